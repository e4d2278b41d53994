// expect: time_limit
// For each node of the front, walks to the current last node, detaches it and splices it in after
// the front node. Correct, but every walk is O(n): O(n²) in total, too slow for 3 000 nodes.
function reorderList(head: ListNode | null): ListNode | null {
  let front = head
  while (front !== null && front.next !== null && front.next.next !== null) {
    let beforeLast: ListNode = front
    while (beforeLast.next!.next !== null) beforeLast = beforeLast.next!
    const last = beforeLast.next!
    beforeLast.next = null
    last.next = front.next
    front.next = last
    front = last.next
  }
  return head
}
