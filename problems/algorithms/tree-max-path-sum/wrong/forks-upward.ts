// expect: wrong_answer
// Returns node.val + left + right to the parent, i.e. lets the parent extend a path that already bends
// below it. That "path" would use a node with three path neighbours: [1, 2, null, 3, 4] answers 10
// (3 + 2 + 4 + 1) instead of 9.
function maxPathSum(root: TreeNode | null): number {
  let best = -Infinity
  const gain = (node: TreeNode | null): number => {
    if (node === null) return 0
    const left = Math.max(0, gain(node.left))
    const right = Math.max(0, gain(node.right))
    best = Math.max(best, node.val + left + right)
    return node.val + left + right
  }
  gain(root)
  return best
}
