/**
 * Declarations of what the sandbox gives candidate code, for the editor's TypeScript service (the
 * harness defines these globals; see problems/README.md "Value types"). No DOM, no Node: the editor
 * should flag `fetch` or `require` as the sandbox would.
 */
export const sandboxTypes = `
declare class ListNode {
  val: number
  next: ListNode | null
  constructor(val?: number, next?: ListNode | null)
}
declare class TreeNode {
  val: number
  left: TreeNode | null
  right: TreeNode | null
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null)
}
/** Builds a linked list from values: [1, 2, 3] is 1 -> 2 -> 3. */
declare function toList(values: number[]): ListNode | null
/** Reads a linked list back into an array. */
declare function fromList(head: ListNode | null): number[]
/** Builds a tree from level order with null for missing children. */
declare function toTree(values: (number | null)[]): TreeNode | null
/** Reads a tree back into level order (trailing nulls trimmed). */
declare function fromTree(root: TreeNode | null): (number | null)[]
/** Output is captured (first 500 characters per test) and shown with the test's result. */
declare const console: {
  log(...values: unknown[]): void
  error(...values: unknown[]): void
  warn(...values: unknown[]): void
  info(...values: unknown[]): void
}
`
