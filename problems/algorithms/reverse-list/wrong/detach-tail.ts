// expect: time_limit
// Repeatedly walks to the end of the remaining list, detaches the last node and appends it to the
// result. Each walk is O(n), so the whole thing is O(n²): too slow for 3 000 nodes.
function reverseList(head: ListNode | null): ListNode | null {
  let newHead: ListNode | null = null
  let newTail: ListNode | null = null
  while (head !== null) {
    let last: ListNode = head
    let beforeLast: ListNode | null = null
    while (last.next !== null) {
      beforeLast = last
      last = last.next
    }
    if (beforeLast === null) head = null
    else beforeLast.next = null
    if (newTail === null) newHead = last
    else newTail.next = last
    newTail = last
  }
  return newHead
}
