// ListNode is a global: class ListNode { val: number; next: ListNode | null }
function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  // Remove the n-th node from the end and return the head.
  return head
}
