function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null
  let cur = head
  while (cur !== null) {
    const next = cur.next // save it before the link is overwritten
    cur.next = prev
    prev = cur
    cur = next
  }
  return prev
}
