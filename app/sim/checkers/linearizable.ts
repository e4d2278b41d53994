/**
 * Linearizability of one register (read / write / cas) by the Wing–Gong search with Lowe's
 * memoisation: a configuration (set of linearized operations, register value) is explored at most
 * once. Indefinite operations may take effect at any time after their invocation, or never; an
 * indefinite write whose value nobody ever observes cannot change the answer and is dropped first.
 */

/** A register operation. Values are compared as JSON text; `null` is "the key does not exist". */
export interface RegisterOp {
  /** The caller's id for the operation (the history index). */
  id: number
  kind: 'read' | 'write' | 'cas'
  /** read: the value returned; write: the value written. */
  value?: string | null
  from?: string
  to?: string
  invoke: number
  /** Infinity for an indefinite operation. */
  complete: number
}

export type LinearizabilityResult =
  | { ok: true }
  | { ok: 'unknown'; explored: number }
  | {
      ok: false
      /** The operation no order could place. */
      stuck: RegisterOp
      /** The values the register could hold when it had to take effect. */
      states: Array<string | null>
    }

/** About 0.75 s of search; per-key histories of a few hundred operations need far fewer. */
const DEFAULT_MAX_STATES = 100_000

export function checkRegister(
  input: readonly RegisterOp[],
  options: { initial?: string | null; maxStates?: number } = {},
): LinearizabilityResult {
  const initial = options.initial ?? null
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES
  const ops = prune(input)
  const n = ops.length
  if (n === 0) return { ok: true }

  interface Entry {
    op: number
    call: boolean
    time: number
    prev: Entry | null
    next: Entry | null
    partner: Entry | null
  }
  const raw: Entry[] = []
  for (let i = 0; i < n; i++) {
    const op = ops[i]!
    const call: Entry = {
      op: i,
      call: true,
      time: op.invoke,
      prev: null,
      next: null,
      partner: null,
    }
    raw.push(call)
    if (Number.isFinite(op.complete)) {
      const ret: Entry = {
        op: i,
        call: false,
        time: op.complete,
        prev: null,
        next: null,
        partner: call,
      }
      call.partner = ret
      raw.push(ret)
    }
  }
  // Calls before returns at the same instant: touching operations count as concurrent.
  raw.sort((a, b) => a.time - b.time || (a.call === b.call ? a.op - b.op : a.call ? -1 : 1))
  const head: Entry = {
    op: -1,
    call: false,
    time: -Infinity,
    prev: null,
    next: null,
    partner: null,
  }
  let tail = head
  for (const entry of raw) {
    entry.prev = tail
    tail.next = entry
    tail = entry
  }
  const lift = (entry: Entry) => {
    entry.prev!.next = entry.next
    if (entry.next) entry.next.prev = entry.prev
    const ret = entry.partner
    if (ret) {
      ret.prev!.next = ret.next
      if (ret.next) ret.next.prev = ret.prev
    }
  }
  const unlift = (entry: Entry) => {
    const ret = entry.partner
    if (ret) {
      ret.prev!.next = ret
      if (ret.next) ret.next.prev = ret
    }
    entry.prev!.next = entry
    if (entry.next) entry.next.prev = entry
  }

  const words = new Uint32Array(Math.ceil(n / 32))
  const toggle = (i: number) => (words[i >> 5]! ^= 1 << (i & 31))
  const cache = new Set<string>()
  const stack: Array<{ entry: Entry; state: string | null }> = []
  let remaining = ops.filter((op) => Number.isFinite(op.complete)).length
  let state: string | null = initial
  let entry: Entry | null = head.next
  let worst: { op: number; time: number; states: Set<string | null> } | undefined

  while (remaining > 0) {
    if (entry === null) break
    if (entry.call) {
      const op = ops[entry.op]!
      const next = apply(op, state)
      if (next !== undefined) {
        toggle(entry.op)
        const key = `${words.join(',')}|${next === null ? '∅' : next}`
        if (!cache.has(key)) {
          if (cache.size >= maxStates) return { ok: 'unknown', explored: cache.size }
          cache.add(key)
          stack.push({ entry, state })
          state = next
          lift(entry)
          if (entry.partner) remaining--
          entry = head.next
          continue
        }
        toggle(entry.op)
      }
      entry = entry.next
    } else {
      if (!worst || entry.time > worst.time)
        worst = { op: entry.op, time: entry.time, states: new Set() }
      if (worst.op === entry.op) worst.states.add(state)
      const top = stack.pop()
      if (!top) break
      state = top.state
      toggle(top.entry.op)
      unlift(top.entry)
      if (top.entry.partner) remaining++
      entry = top.entry.next
    }
  }
  if (remaining === 0) return { ok: true }
  const stuck = worst ? ops[worst.op]! : ops[0]!
  return { ok: false, stuck, states: worst ? [...worst.states] : [initial] }
}

/** The register after `op` from `state`, or undefined when `op` cannot take effect there. */
function apply(op: RegisterOp, state: string | null): string | null | undefined {
  switch (op.kind) {
    case 'read':
      return op.value === state ? state : undefined
    case 'write':
      return op.value!
    case 'cas':
      return op.from === state ? op.to! : undefined
  }
}

/** Drops indefinite writes and cas whose value no operation could ever observe. */
function prune(ops: readonly RegisterOp[]): RegisterOp[] {
  const observed = new Set<string | null>()
  for (const op of ops) {
    if (op.kind === 'read' && Number.isFinite(op.complete)) observed.add(op.value ?? null)
    if (op.kind === 'cas') observed.add(op.from!)
  }
  return ops.filter((op) => {
    if (Number.isFinite(op.complete)) return true
    if (op.kind === 'read') return false
    return observed.has(op.kind === 'write' ? op.value! : op.to!)
  })
}
