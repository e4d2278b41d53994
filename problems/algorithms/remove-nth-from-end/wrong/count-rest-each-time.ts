// expect: time_limit
// For each node, counts how many nodes follow it to see whether it is the one to remove. Correct,
// but O(length²) when the target is near the end (n = 1 on 3 000 nodes).
function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  let prev: ListNode | null = null
  let cur = head
  while (cur !== null) {
    let after = 0
    for (let p = cur.next; p !== null; p = p.next) after++
    if (after === n - 1) {
      if (prev === null) return cur.next
      prev.next = cur.next
      return head
    }
    prev = cur
    cur = cur.next
  }
  return head
}
