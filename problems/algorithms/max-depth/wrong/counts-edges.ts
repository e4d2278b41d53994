// expect: wrong_answer
// Counts edges instead of nodes: a leaf gets 0, so every answer is one too small (and the empty tree
// gets -1).
function maxDepth(root: TreeNode | null): number {
  if (root === null) return -1
  if (root.left === null && root.right === null) return 0
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right))
}
