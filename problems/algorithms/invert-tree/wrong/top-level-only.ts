// expect: wrong_answer
// Swaps the root's two subtrees but does not mirror them: correct for trees of depth 2 or less only.
function invertTree(root: TreeNode | null): TreeNode | null {
  if (root === null) return null
  const left = root.left
  root.left = root.right
  root.right = left
  return root
}
