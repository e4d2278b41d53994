// expect: wrong_answer
// Advances with `cur = cur.next` after overwriting cur.next. The pointer to the rest of the list is
// gone, so the loop stops after the first node and only that node is returned.
function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null
  let cur = head
  while (cur !== null) {
    cur.next = prev
    prev = cur
    cur = cur.next
  }
  return prev
}
