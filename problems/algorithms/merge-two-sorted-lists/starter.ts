// ListNode is a global: class ListNode { val: number; next: ListNode | null }
function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  // Return the head of one sorted list holding the nodes of both.
  return null
}
