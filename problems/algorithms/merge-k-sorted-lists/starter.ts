// ListNode and toList are globals:
//   class ListNode { val: number; next: ListNode | null }
//   function toList(values: number[]): ListNode | null
function mergeKLists(lists: number[][]): ListNode | null {
  const heads: (ListNode | null)[] = lists.map((values) => toList(values))
  // Merge the k sorted lists in `heads` and return the head of the result.
  return null
}
