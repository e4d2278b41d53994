// expect: wrong_answer
// Uses one queue but reads `queue.length` in the loop condition while children are being appended,
// so the "level" never ends: every node lands in the first inner array.
function levelOrder(root: TreeNode | null): number[][] {
  const result: number[][] = []
  const queue: TreeNode[] = root !== null ? [root] : []
  let head = 0
  while (head < queue.length) {
    const values: number[] = []
    for (; head < queue.length; head++) {
      const node = queue[head]
      values.push(node.val)
      if (node.left !== null) queue.push(node.left)
      if (node.right !== null) queue.push(node.right)
    }
    result.push(values)
  }
  return result
}
