// expect: wrong_answer
// Assumes every cable merges two clusters, as in a forest. Cycles, repeated cables and self-cables
// merge nothing: [[0, 1], [1, 2], [2, 0], [2, 3]] with n = 4 answers 0 instead of 1.
function countComponents(n: number, edges: number[][]): number {
  return n - edges.length
}
