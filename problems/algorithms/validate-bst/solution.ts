function isValidBST(root: TreeNode | null): boolean {
  // An in-order walk of a BST meets the values in strictly increasing order, and only then.
  const stack: TreeNode[] = []
  let node = root
  let previous: number | null = null // no sentinel value: any 32-bit value may occur
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node)
      node = node.left
    }
    const current = stack.pop()!
    if (previous !== null && current.val <= previous) return false
    previous = current.val
    node = current.right
  }
  return true
}
