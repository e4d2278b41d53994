// expect: wrong_answer
// Initialises the answer to 0 instead of -Infinity (or the root's value). When every value is
// negative, the best non-empty path is negative, but 0 (the empty path) is returned.
function maxPathSum(root: TreeNode | null): number {
  let best = 0
  const gain = (node: TreeNode | null): number => {
    if (node === null) return 0
    const left = Math.max(0, gain(node.left))
    const right = Math.max(0, gain(node.right))
    best = Math.max(best, node.val + left + right)
    return node.val + Math.max(left, right)
  }
  gain(root)
  return best
}
