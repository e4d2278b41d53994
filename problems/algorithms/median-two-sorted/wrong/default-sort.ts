// expect: wrong_answer
// Concatenates and calls sort() without a comparator. JavaScript then compares the numbers as
// strings, so 10 sorts before 9 and -1 before -5: the "middle" is the wrong element.
function medianOfTwo(a: number[], b: number[]): number {
  const all = a.concat(b).sort()
  const t = all.length
  if (t % 2 === 1) return all[t >> 1]
  return (all[t / 2 - 1] + all[t / 2]) / 2
}
