// expect: wrong_answer
// Uses \w to mean "letter or digit", but \w also matches the underscore, which the statement says to
// ignore: "a_" is a mirror phrase, yet "a_" reversed is "_a".
function isMirrorPhrase(text: string): boolean {
  const kept = text.toLowerCase().replace(/\W/g, '')
  return kept === kept.split('').reverse().join('')
}
