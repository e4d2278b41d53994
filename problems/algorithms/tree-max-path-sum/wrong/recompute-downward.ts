// expect: time_limit
// Tries every node as the bend of the path and recomputes the best downward path of each child from
// scratch. Correct, but each node's subtree is walked again for every ancestor: O(n · depth), too
// slow on the deep test tree.
function maxPathSum(root: TreeNode | null): number {
  const downward = (node: TreeNode | null): number => {
    if (node === null) return 0
    return node.val + Math.max(0, downward(node.left), downward(node.right))
  }
  let best = -Infinity
  const visit = (node: TreeNode | null) => {
    if (node === null) return
    best = Math.max(best, node.val + Math.max(0, downward(node.left)) + Math.max(0, downward(node.right)))
    visit(node.left)
    visit(node.right)
  }
  visit(root)
  return best
}
