// expect: wrong_answer
// Carries the right bounds down the tree but compares non-strictly, so a value equal to an
// ancestor's is accepted: [4, 4] and [4, null, 4] come out valid.
function isValidBST(root: TreeNode | null): boolean {
  const check = (node: TreeNode | null, low: number, high: number): boolean => {
    if (node === null) return true
    if (node.val < low || node.val > high) return false
    return check(node.left, low, node.val) && check(node.right, node.val, high)
  }
  return check(root, -Infinity, Infinity)
}
