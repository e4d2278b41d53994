// expect: wrong_answer
// Merges neighbours in rounds, but the pairing loop stops at i + 1 < length: when a round has an odd
// number of lists, the last one is silently dropped.
function mergeKLists(lists: number[][]): ListNode | null {
  let heads = lists.map((values) => toList(values))
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
  while (heads.length > 1) {
    const next: (ListNode | null)[] = []
    for (let i = 0; i + 1 < heads.length; i += 2) next.push(mergeTwo(heads[i], heads[i + 1]))
    heads = next
  }
  return heads[0]
}
