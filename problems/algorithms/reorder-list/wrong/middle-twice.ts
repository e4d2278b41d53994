// expect: wrong_answer
// Copies the values into an array and emits the pairs (i, n-1-i) for i = 0 .. n/2 inclusive. The
// loop should stop where the two ends meet: the middle values come out twice and the list grows.
function reorderList(head: ListNode | null): ListNode | null {
  const vals: number[] = []
  for (let node = head; node !== null; node = node.next) vals.push(node.val)
  const n = vals.length
  const out: number[] = []
  for (let i = 0; i <= Math.floor(n / 2); i++) {
    if (i < n) out.push(vals[i])
    if (n - 1 - i >= 0) out.push(vals[n - 1 - i])
  }
  return toList(out)
}
