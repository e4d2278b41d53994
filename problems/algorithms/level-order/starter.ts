// TreeNode is a global: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
function levelOrder(root: TreeNode | null): number[][] {
  // Return the values level by level, each level from left to right.
  return []
}
