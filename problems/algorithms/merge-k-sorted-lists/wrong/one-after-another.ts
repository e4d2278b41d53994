// expect: time_limit
// Merges each list into the accumulated result in turn. Correct, but the growing result is walked
// again for every list: O(k · N) in total. With 1 000 small lists that is far over the budget.
function mergeKLists(lists: number[][]): ListNode | null {
  let result: ListNode | null = null
  for (const values of lists) {
    let a = result
    let b = toList(values)
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
    tail.next = a !== null ? a : b
    result = dummy.next
  }
  return result
}
