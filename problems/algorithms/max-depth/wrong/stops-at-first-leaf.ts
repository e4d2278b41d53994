// expect: wrong_answer
// A breadth-first search that returns as soon as it meets a leaf: that is the depth of the
// shallowest leaf (the minimum depth), not the deepest one.
function maxDepth(root: TreeNode | null): number {
  if (root === null) return 0
  let level: TreeNode[] = [root]
  let depth = 0
  while (level.length > 0) {
    depth++
    const next: TreeNode[] = []
    for (const node of level) {
      if (node.left === null && node.right === null) return depth
      if (node.left !== null) next.push(node.left)
      if (node.right !== null) next.push(node.right)
    }
    level = next
  }
  return depth
}
