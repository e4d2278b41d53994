// expect: wrong_answer
// Swaps the values of the two children instead of the subtrees, and only when both children exist.
// The shapes of the subtrees never move, and a lone child stays on its side.
function invertTree(root: TreeNode | null): TreeNode | null {
  const visit = (node: TreeNode | null) => {
    if (node === null) return
    if (node.left !== null && node.right !== null) {
      const v = node.left.val
      node.left.val = node.right.val
      node.right.val = v
    }
    visit(node.left)
    visit(node.right)
  }
  visit(root)
  return root
}
