function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  // `lead` runs n + 1 nodes ahead of `behind`; when lead falls off the end, behind.next is the target.
  const dummy = new ListNode(0, head) // lets us remove the head like any other node
  let lead: ListNode | null = dummy
  let behind: ListNode = dummy
  for (let i = 0; i <= n; i++) lead = lead!.next
  while (lead !== null) {
    lead = lead.next
    behind = behind.next!
  }
  behind.next = behind.next!.next
  return dummy.next
}
