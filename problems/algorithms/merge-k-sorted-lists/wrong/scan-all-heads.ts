// expect: time_limit
// Picks the smallest head by scanning all k lists for every output node: O(N · k). Correct, but
// with 1 000 lists each step costs 1 000 comparisons.
function mergeKLists(lists: number[][]): ListNode | null {
  const heads = lists.map((values) => toList(values))
  const dummy = new ListNode(0)
  let tail = dummy
  for (;;) {
    let best = -1
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]
      if (h !== null && (best === -1 || h.val < heads[best]!.val)) best = i
    }
    if (best === -1) break
    tail.next = heads[best]
    tail = tail.next!
    heads[best] = heads[best]!.next
  }
  tail.next = null
  return dummy.next
}
