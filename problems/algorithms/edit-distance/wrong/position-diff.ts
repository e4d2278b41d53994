// expect: wrong_answer
// Compares the strings position by position and adds the length difference. That only ever replaces
// or appends at the end, so one missing letter at the front ("brisk" -> "risk") looks like a full
// mismatch: 4 instead of 1.
function editDistance(source: string, target: string): number {
  const common = Math.min(source.length, target.length)
  let edits = Math.abs(source.length - target.length)
  for (let i = 0; i < common; i++) {
    if (source[i] !== target[i]) edits++
  }
  return edits
}
