// expect: wrong_answer
// Follows `left` whenever it exists and `right` otherwise, as if the tree were a list. It finds one
// root-to-leaf path, not necessarily the longest.
function maxDepth(root: TreeNode | null): number {
  let depth = 0
  let node = root
  while (node !== null) {
    depth++
    node = node.left !== null ? node.left : node.right
  }
  return depth
}
