function levelOrder(root: TreeNode | null): number[][] {
  const result: number[][] = []
  let level: TreeNode[] = root !== null ? [root] : []
  while (level.length > 0) {
    const values: number[] = []
    const next: TreeNode[] = []
    for (const node of level) {
      values.push(node.val)
      if (node.left !== null) next.push(node.left)
      if (node.right !== null) next.push(node.right)
    }
    result.push(values)
    level = next
  }
  return result
}
