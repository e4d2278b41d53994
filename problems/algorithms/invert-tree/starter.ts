// TreeNode is a global: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
function invertTree(root: TreeNode | null): TreeNode | null {
  // Mirror the tree and return its root.
  return root
}
