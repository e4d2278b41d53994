// expect: wrong_answer
// Always adds both children's downward sums, even when they are negative. A branch that only costs
// should be left out: for [5, -10, 3] the path through the root is counted as 5 - 10 + 3 = -2, and
// the answer comes out as 3 instead of 8.
function maxPathSum(root: TreeNode | null): number {
  let best = -Infinity
  const gain = (node: TreeNode | null): number => {
    if (node === null) return 0
    const left = gain(node.left)
    const right = gain(node.right)
    best = Math.max(best, node.val + left + right)
    return node.val + Math.max(left, right)
  }
  gain(root)
  return best
}
