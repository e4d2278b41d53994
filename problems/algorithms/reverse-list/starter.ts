// ListNode is a global: class ListNode { val: number; next: ListNode | null }
function reverseList(head: ListNode | null): ListNode | null {
  // Return the head of the reversed list.
  return head
}
