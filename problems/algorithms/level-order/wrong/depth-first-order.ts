// expect: wrong_answer
// Groups by depth during a depth-first search, but visits the right child first: every level comes
// out from right to left.
function levelOrder(root: TreeNode | null): number[][] {
  const result: number[][] = []
  const visit = (node: TreeNode | null, depth: number) => {
    if (node === null) return
    if (result.length === depth) result.push([])
    result[depth].push(node.val)
    visit(node.right, depth + 1)
    visit(node.left, depth + 1)
  }
  visit(root, 0)
  return result
}
