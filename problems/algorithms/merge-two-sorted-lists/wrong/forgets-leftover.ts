// expect: wrong_answer
// Merges while both lists have nodes, then only appends what is left of `a`. When `b` outlasts `a`,
// its remaining (largest) values are dropped.
function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = new ListNode(0)
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
  tail.next = a
  return dummy.next
}
