// expect: wrong_answer
// Compares each node only with its own two children. A value deeper down can still be on the wrong
// side of an ancestor: [10, 5, 15, null, null, 6, 20] passes this check but 6 < 10 sits on the right.
function isValidBST(root: TreeNode | null): boolean {
  if (root === null) return true
  if (root.left !== null && root.left.val >= root.val) return false
  if (root.right !== null && root.right.val <= root.val) return false
  return isValidBST(root.left) && isValidBST(root.right)
}
