// TreeNode is a global: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
function isValidBST(root: TreeNode | null): boolean {
  // Return true if every left subtree holds strictly smaller values and every right subtree
  // strictly greater ones.
  return true
}
