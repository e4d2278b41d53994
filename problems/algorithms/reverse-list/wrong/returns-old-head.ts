// expect: wrong_answer
// Reverses the links correctly but returns the original head, which is now the tail: the caller
// sees a list of one node.
function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null
  let cur = head
  while (cur !== null) {
    const next = cur.next
    cur.next = prev
    prev = cur
    cur = next
  }
  return head
}
