/**
 * The node API as a TypeScript declaration for the editor (`addExtraLib(NODE_API_TYPES,
 * 'file:///drill-sim.d.ts')`). It is the text of drill-sim.d.ts, which the repository's own type
 * check uses for the challenge files; api.test.ts keeps the two identical.
 */
export const NODE_API_TYPES = `/**
 * The node API of Drill's distributed-systems simulator. Import its types with
 * \`import type { Node, Message } from 'drill:sim'\` (the import is removed when your code is compiled)
 * and define \`export function main(node: Node)\`, which registers your handlers.
 */
declare module 'drill:sim' {
  /** A message body. \`type\` says what it is; \`msg_id\` marks a request, \`in_reply_to\` a reply. */
  export interface Body {
    type: string
    msg_id?: number
    in_reply_to?: number
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    [field: string]: any
  }

  /** A message between nodes (n1, n2, …), clients (c1, c2, …) and services (lin-kv, seq-kv). */
  export interface Message<B extends Body = Body> {
    src: string
    dest: string
    body: B
  }

  /** Why \`node.rpc\` rejected: an \`error\` reply from the other side, or code 0 when it timed out. */
  export interface RpcError extends Error {
    name: 'RpcError'
    /**
     * Maelstrom's error codes: 0 timeout, 1 node not found, 10 not supported, 11 temporarily
     * unavailable, 12 malformed request, 13 crash, 14 abort, 20 key does not exist, 21 key already
     * exists, 22 precondition failed (cas \`from\` did not match), 30 transaction conflict.
     */
    code: number
    text: string
    /** The error reply's body, when there was one. */
    body?: Body
  }

  export interface RpcOptions {
    /** Virtual milliseconds to wait for the reply (default 1000). */
    timeoutMs?: number
  }

  export type Handler = (msg: Message) => void | Promise<void>

  export interface Node {
    /** This node's id ("n1"); empty until the \`init\` message arrived. */
    readonly id: string
    /** Every node's id, this one included, in order. */
    readonly nodeIds: readonly string[]
    /**
     * Handles messages of one type. A request (with \`msg_id\`) whose type has no handler gets an
     * error reply (code 10). A handler that throws, or whose promise rejects, gets the request an
     * error reply (code 13); the node keeps running. \`init\` is answered for you once your \`init\`
     * handler (if any) returns or its promise resolves.
     */
    on(type: string, handler: Handler): void
    /** Sends a message; nothing comes back unless the other side sends something. */
    send(dest: string, body: Body): void
    /** Answers \`request\`: sends \`body\` to its sender with \`in_reply_to\` set to the request's \`msg_id\`. */
    reply(request: Message, body: Body): void
    /**
     * Sends a request with a fresh \`msg_id\` and resolves with the reply's body. Rejects with an
     * \`RpcError\` when the reply is an error, or when no reply came within \`timeoutMs\` (code 0).
     */
    rpc(dest: string, body: Body, options?: RpcOptions): Promise<Body>
    /** Runs \`callback\` once after \`ms\` virtual milliseconds. */
    setTimeout(callback: () => void, ms: number): number
    /** Runs \`callback\` every \`ms\` virtual milliseconds (at least 1). */
    setInterval(callback: () => void, ms: number): number
    clearTimeout(id: number): void
    clearInterval(id: number): void
    /** Virtual time in milliseconds since the run began (Date.now() follows the same clock). */
    now(): number
    /** Writes a line to this node's log, shown in the trace (console.log does the same). */
    log(...values: unknown[]): void
  }
}
`
