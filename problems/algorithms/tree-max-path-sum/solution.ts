function maxPathSum(root: TreeNode | null): number {
  if (root === null) return 0 // not reached: the tree has at least one node

  // Order the nodes so that every node comes after its children (reverse of a pre-order walk).
  const preorder: TreeNode[] = []
  const stack: TreeNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    preorder.push(node)
    if (node.left !== null) stack.push(node.left)
    if (node.right !== null) stack.push(node.right)
  }

  // down.get(node): best sum of a path that starts at node and goes straight down (at least node).
  const down = new Map<TreeNode, number>()
  let best = -Infinity
  for (let i = preorder.length - 1; i >= 0; i--) {
    const node = preorder[i]
    const left = node.left !== null ? Math.max(0, down.get(node.left)!) : 0
    const right = node.right !== null ? Math.max(0, down.get(node.right)!) : 0
    best = Math.max(best, node.val + left + right) // the best path that bends at this node
    down.set(node, node.val + Math.max(left, right)) // a parent can extend only one side
  }
  return best
}
