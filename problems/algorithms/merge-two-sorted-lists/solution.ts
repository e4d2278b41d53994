function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = new ListNode(0) // placeholder in front of the result: no special case for the head
  let tail = dummy
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a
      a = a.next
    } else {
      tail.next = b
      b = b.next
    }
    tail = tail.next
  }
  tail.next = a !== null ? a : b // at most one list has nodes left; they are already sorted
  return dummy.next
}
