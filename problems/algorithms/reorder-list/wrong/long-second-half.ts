// expect: wrong_answer
// Splits so that the second half starts at the middle node. For an odd length the second half is
// longer than the first; the interleaving loop stops when the first half runs out and the last
// node of the reversed second half (the middle value) is lost.
function reorderList(head: ListNode | null): ListNode | null {
  if (head === null || head.next === null) return head
  let beforeSlow: ListNode = head
  let slow: ListNode = head
  let fast: ListNode | null = head
  while (fast !== null && fast.next !== null) {
    beforeSlow = slow
    slow = slow.next!
    fast = fast.next.next
  }
  beforeSlow.next = null
  let second: ListNode | null = slow
  let prev: ListNode | null = null
  while (second !== null) {
    const next: ListNode | null = second.next
    second.next = prev
    prev = second
    second = next
  }
  let a: ListNode | null = head
  let b: ListNode | null = prev
  while (a !== null && b !== null) {
    const aNext: ListNode | null = a.next
    const bNext: ListNode | null = b.next
    a.next = b
    b.next = aNext
    a = aNext
    b = bNext
  }
  return head
}
