// expect: wrong_answer
// A common shortcut on top of a correct leader: the leader acknowledges a write once a majority (itself
// and one follower) holds it, and followers answer reads from their own copy to save a round trip. A
// follower cut off from the leader keeps answering with the value it had before the partition.
import type { Body, Message, Node, RpcError } from 'drill:sim'

type Store = Record<string, unknown>
interface Version {
  epoch: number
  seq: number
}
const newer = (a: Version, b: Version) =>
  a.epoch > b.epoch || (a.epoch === b.epoch && a.seq > b.seq)

export function main(node: Node) {
  let store: Store = {}
  let version: Version = { epoch: 0, seq: 0 }
  let ready = false
  let queue: Promise<unknown> = Promise.resolve()
  const leader = () => node.nodeIds[0]!
  const followers = () => node.nodeIds.filter((id) => id !== leader())
  const sleep = (ms: number) => new Promise<void>((resolve) => node.setTimeout(resolve, ms))

  // One operation at a time on the leader.
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task)
    queue = result.catch(() => undefined)
    return result
  }

  // Resolves once a majority (the leader and one follower) holds `state` at `at` or newer.
  const replicate = async (state: Store, at: Version) => {
    const waiting = new Set(followers())
    while (waiting.size === followers().length) {
      await Promise.all(
        [...waiting].map(async (peer) => {
          try {
            const reply = await node.rpc(
              peer,
              { type: 'replicate', store: state, version: at },
              { timeoutMs: 100 },
            )
            if (!newer(at, reply.version as Version)) waiting.delete(peer)
          } catch {
            // Unreachable or down: try again.
          }
        }),
      )
      if (waiting.size === followers().length) await sleep(20)
    }
  }

  const commit = async (next: Store) => {
    const at = { epoch: version.epoch, seq: version.seq + 1 }
    await replicate(next, at)
    store = next
    version = at
  }

  const recover = async () => {
    const copies = new Map<string, Body>()
    while (copies.size < followers().length) {
      await Promise.all(
        followers()
          .filter((peer) => !copies.has(peer))
          .map(async (peer) => {
            try {
              copies.set(peer, await node.rpc(peer, { type: 'state' }, { timeoutMs: 200 }))
            } catch {
              // Ask again below.
            }
          }),
      )
      if (copies.size < followers().length) await sleep(50)
    }
    let best: Body | undefined
    for (const copy of copies.values()) if (!best || newer(copy.version, best.version)) best = copy
    const epoch =
      Math.max(0, ...[...copies.values()].map((copy) => (copy.version as Version).epoch)) + 1
    const at = { epoch, seq: best ? (best.version as Version).seq : 0 }
    const adopted: Store = best ? (best.store as Store) : {}
    await replicate(adopted, at)
    store = adopted
    version = at
    ready = true
  }

  const apply = async (body: Body): Promise<Body> => {
    const key = String(body.key)
    if (body.type === 'write') {
      await commit({ ...store, [key]: body.value })
      return { type: 'write_ok' }
    }
    if (!(key in store)) return { type: 'error', code: 20, text: `key ${key} does not exist` }
    if (JSON.stringify(store[key]) !== JSON.stringify(body.from))
      return {
        type: 'error',
        code: 22,
        text: `expected ${body.from}, but the value is ${store[key]}`,
      }
    await commit({ ...store, [key]: body.to })
    return { type: 'cas_ok' }
  }

  const forward = async (msg: Message) => {
    try {
      node.reply(msg, await node.rpc(leader(), msg.body, { timeoutMs: 1000 }))
    } catch (error) {
      const { code, text } = error as RpcError
      node.reply(msg, { type: 'error', code, text })
    }
  }

  node.on('init', () => {
    if (node.id === leader()) void recover()
  })

  // Follower side: keep the newest state the leader sent.
  node.on('replicate', (msg) => {
    const incoming = msg.body.version as Version
    if (newer(incoming, version)) {
      store = msg.body.store
      version = incoming
    }
    node.reply(msg, { type: 'replicate_ok', version })
  })
  node.on('state', (msg) => node.reply(msg, { type: 'state_ok', store, version }))

  node.on('read', async (msg) => {
    if (node.id === leader() && !ready)
      node.reply(msg, { type: 'error', code: 11, text: 'the leader is recovering' })
    const key = String(msg.body.key)
    if (!(key in store))
      return node.reply(msg, { type: 'error', code: 20, text: `key ${key} does not exist` })
    node.reply(msg, { type: 'read_ok', value: store[key] })
  })
  for (const type of ['write', 'cas']) {
    node.on(type, async (msg) => {
      if (node.id !== leader()) return forward(msg)
      if (!ready)
        return node.reply(msg, { type: 'error', code: 11, text: 'the leader is recovering' })
      node.reply(msg, await serialize(() => apply(msg.body)))
    })
  }
}
