// expect: wrong_answer
// Uses a dummy node but advances the leading pointer only n times before moving both, so the
// trailing pointer stops on the target itself instead of its predecessor: the node after the target
// is removed (and for n = 1 nothing is removed at all).
function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  const dummy = new ListNode(0, head)
  let lead: ListNode | null = dummy
  let behind: ListNode = dummy
  for (let i = 0; i < n; i++) lead = lead!.next
  while (lead !== null) {
    lead = lead.next
    behind = behind.next!
  }
  behind.next = behind.next ? behind.next.next : null
  return dummy.next
}
