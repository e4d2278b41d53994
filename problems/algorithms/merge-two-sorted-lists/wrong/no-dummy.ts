// expect: runtime_error
// Starts the result from `a` without checking that it exists: when `a` is empty the first access to
// `a.val` throws.
function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  let head: ListNode
  if (b === null || a!.val <= b.val) {
    head = a!
    a = a!.next
  } else {
    head = b
    b = b.next
  }
  let tail = head
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
  tail.next = a !== null ? a : b
  return head
}
