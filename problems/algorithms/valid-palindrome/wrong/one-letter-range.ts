// expect: wrong_answer
// Treats every code from 'A' (65) to 'z' (122) as a letter, which lets in the six symbols between
// 'Z' and 'a' ([ \ ] ^ _ and the backtick): "@a`Z[{A" is rejected although its letters read "aza".
function isMirrorPhrase(text: string): boolean {
  const keep = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 122)
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c)
  let i = 0
  let j = text.length - 1
  while (i < j) {
    if (!keep(text.charCodeAt(i))) i++
    else if (!keep(text.charCodeAt(j))) j--
    else if (lower(text.charCodeAt(i++)) !== lower(text.charCodeAt(j--))) return false
  }
  return true
}
