function mergeKLists(lists: number[][]): ListNode | null {
  let heads: (ListNode | null)[] = lists.map((values) => toList(values))
  if (heads.length === 0) return null

  const mergeTwo = (a: ListNode | null, b: ListNode | null): ListNode | null => {
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
    return dummy.next
  }

  // Merge in rounds, pairing neighbours: every node takes part in O(log k) merges.
  while (heads.length > 1) {
    const next: (ListNode | null)[] = []
    for (let i = 0; i < heads.length; i += 2) {
      next.push(i + 1 < heads.length ? mergeTwo(heads[i], heads[i + 1]) : heads[i])
    }
    heads = next
  }
  return heads[0]
}
