// expect: time_limit
// For every node, walks its whole left subtree for the maximum and its whole right subtree for the
// minimum. Correct, but each node is revisited once per ancestor: O(n · depth), too slow on the
// deep test trees.
function isValidBST(root: TreeNode | null): boolean {
  const maxOf = (node: TreeNode | null): number =>
    node === null ? -Infinity : Math.max(node.val, maxOf(node.left), maxOf(node.right))
  const minOf = (node: TreeNode | null): number =>
    node === null ? Infinity : Math.min(node.val, minOf(node.left), minOf(node.right))
  const check = (node: TreeNode | null): boolean => {
    if (node === null) return true
    if (maxOf(node.left) >= node.val) return false
    if (minOf(node.right) <= node.val) return false
    return check(node.left) && check(node.right)
  }
  return check(root)
}
