// TreeNode is a global: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
function maxPathSum(root: TreeNode | null): number {
  // Return the largest sum over all non-empty paths.
  return 0
}
