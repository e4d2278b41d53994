// TreeNode is a global: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
function maxDepth(root: TreeNode | null): number {
  // Return the number of nodes on the longest root-to-leaf path.
  return 0
}
