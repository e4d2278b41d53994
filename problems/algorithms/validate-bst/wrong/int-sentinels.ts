// expect: wrong_answer
// Uses the 32-bit extremes as the initial open bounds. A node whose value IS an extreme is then
// "not strictly inside" the bounds and the tree is rejected, although it is valid.
function isValidBST(root: TreeNode | null): boolean {
  const check = (node: TreeNode | null, low: number, high: number): boolean => {
    if (node === null) return true
    if (node.val <= low || node.val >= high) return false
    return check(node.left, low, node.val) && check(node.right, node.val, high)
  }
  return check(root, -2147483648, 2147483647)
}
