// expect: time_limit
// Builds level d by a fresh depth-first search that collects the nodes at depth d, for d = 0, 1, ...
// Correct, but each search walks every node above that depth again: O(n · depth), far too slow on
// deep trees.
function levelOrder(root: TreeNode | null): number[][] {
  const result: number[][] = []
  const collect = (node: TreeNode | null, depth: number, target: number, out: number[]) => {
    if (node === null) return
    if (depth === target) {
      out.push(node.val)
      return
    }
    collect(node.left, depth + 1, target, out)
    collect(node.right, depth + 1, target, out)
  }
  for (let d = 0; ; d++) {
    const values: number[] = []
    collect(root, 0, d, values)
    if (values.length === 0) return result
    result.push(values)
  }
}
