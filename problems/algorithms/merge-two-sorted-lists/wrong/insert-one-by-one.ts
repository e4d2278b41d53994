// expect: time_limit
// Inserts every node of b into a, each time searching for its place from the head of the result.
// Correct, but O(m·n) (plus O(n²) as the list grows): too slow with 1 000 nodes on each side.
function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  let head = a
  while (b !== null) {
    const node = b
    b = b.next
    if (head === null || node.val < head.val) {
      node.next = head
      head = node
      continue
    }
    let cur = head
    while (cur.next !== null && cur.next.val <= node.val) cur = cur.next
    node.next = cur.next
    cur.next = node
  }
  return head
}
