// ListNode is a global: class ListNode { val: number; next: ListNode | null }
function reorderList(head: ListNode | null): ListNode | null {
  // Rearrange to first, last, second, second to last, ... and return the head.
  return head
}
