// expect: wrong_answer
// Walks through a and matches each letter with the next occurrence in b. Grabbing an early match can
// skip past letters a better choice would keep: "zabc" vs "abcz" matches z last in b and answers 1, not 3.
function longestCommonSubsequence(a: string, b: string): number {
  let j = 0
  let length = 0
  for (let i = 0; i < a.length && j < b.length; i++) {
    let k = j
    while (k < b.length && b[k] !== a[i]) k++
    if (k < b.length) {
      length++
      j = k + 1
    }
  }
  return length
}
