// expect: wrong_answer
// Skips punctuation correctly but compares characters as they are, so "Step on no pets" fails on
// 'S' versus 's'.
function isMirrorPhrase(text: string): boolean {
  const kept = text.replace(/[^A-Za-z0-9]/g, '')
  for (let i = 0, j = kept.length - 1; i < j; i++, j--) {
    if (kept[i] !== kept[j]) return false
  }
  return true
}
