// expect: runtime_error
// Two pointers without a dummy node: `fast` moves n steps, then both move until fast is on the last
// node. When n equals the length, fast is already null and `fast.next` throws: removing the head was
// never handled.
function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  let fast = head!
  let slow = head!
  for (let i = 0; i < n; i++) fast = fast.next!
  while (fast.next !== null) {
    fast = fast.next
    slow = slow.next!
  }
  slow.next = slow.next!.next
  return head
}
