function maxDepth(root: TreeNode | null): number {
  // Breadth-first, one level at a time: the number of levels is the depth.
  if (root === null) return 0
  let level: TreeNode[] = [root]
  let depth = 0
  while (level.length > 0) {
    depth++
    const next: TreeNode[] = []
    for (const node of level) {
      if (node.left !== null) next.push(node.left)
      if (node.right !== null) next.push(node.right)
    }
    level = next
  }
  return depth
}
