function reorderList(head: ListNode | null): ListNode | null {
  if (head === null || head.next === null) return head

  // 1. Find the last node of the first half. The first half gets the extra node when the length
  //    is odd, so it is never shorter than the second.
  let slow: ListNode = head
  let fast: ListNode = head
  while (fast.next !== null && fast.next.next !== null) {
    slow = slow.next!
    fast = fast.next.next
  }

  // 2. Cut after slow and reverse the second half.
  let second: ListNode | null = slow.next
  slow.next = null
  let prev: ListNode | null = null
  while (second !== null) {
    const next: ListNode | null = second.next
    second.next = prev
    prev = second
    second = next
  }

  // 3. Interleave: first half (never shorter) with the reversed second half.
  let a: ListNode | null = head
  let b: ListNode | null = prev
  while (b !== null) {
    const aNext: ListNode | null = a!.next
    const bNext: ListNode | null = b.next
    a!.next = b
    b.next = aNext
    a = aNext
    b = bNext
  }
  return head
}
