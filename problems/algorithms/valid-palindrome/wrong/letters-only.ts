// expect: wrong_answer
// Keeps only letters and throws the digits away, so "Top 1 spot 2!" looks like "topspot" and is
// wrongly accepted.
function isMirrorPhrase(text: string): boolean {
  const kept = text.toLowerCase().replace(/[^a-z]/g, '')
  return kept === kept.split('').reverse().join('')
}
