// expect: wrong_answer
// Assigns the mirrored right subtree to `left` first and then mirrors `root.left` for the right side,
// but root.left has already been overwritten: both sides end up as the mirrored right subtree (and
// the original left subtree is lost).
function invertTree(root: TreeNode | null): TreeNode | null {
  if (root === null) return null
  root.left = invertTree(root.right)
  root.right = invertTree(root.left)
  return root
}
