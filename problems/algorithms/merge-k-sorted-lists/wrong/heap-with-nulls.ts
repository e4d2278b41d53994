// expect: runtime_error
// A min-heap of list heads, but it pushes every head without checking for empty lists: the first
// comparison involving an empty shard reads `.val` of null.
function mergeKLists(lists: number[][]): ListNode | null {
  const heap: ListNode[] = []
  const push = (node: ListNode) => {
    heap.push(node)
    let i = heap.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (heap[p].val <= heap[i].val) break
      ;[heap[p], heap[i]] = [heap[i], heap[p]]
      i = p
    }
  }
  const pop = (): ListNode => {
    const top = heap[0]
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && heap[l].val < heap[m].val) m = l
        if (r < heap.length && heap[r].val < heap[m].val) m = r
        if (m === i) break
        ;[heap[m], heap[i]] = [heap[i], heap[m]]
        i = m
      }
    }
    return top
  }
  for (const values of lists) push(toList(values) as ListNode)
  const dummy = new ListNode(0)
  let tail = dummy
  while (heap.length > 0) {
    const node = pop()
    tail.next = node
    tail = node
    if (node.next !== null) push(node.next)
  }
  return dummy.next
}
