function invertTree(root: TreeNode | null): TreeNode | null {
  // Swap the children of every node; the order of visits does not matter. An explicit stack avoids
  // deep recursion.
  const stack: TreeNode[] = root !== null ? [root] : []
  while (stack.length > 0) {
    const node = stack.pop()!
    const left = node.left
    node.left = node.right
    node.right = left
    if (node.left !== null) stack.push(node.left)
    if (node.right !== null) stack.push(node.right)
  }
  return root
}
