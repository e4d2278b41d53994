import type { Node, RpcError } from 'drill:sim'

// One counter in seq-kv, updated with a cas loop: a cas from a stale value fails (code 22) and is
// retried with a fresh read, so no increment is lost. seq-kv may serve a stale read, so a read first
// writes a key of its own: a write brings this node up to the store's latest version.
const KEY = 'counter'

export function main(node: Node) {
  let syncs = 0

  const readCounter = async (): Promise<number> => {
    try {
      return (await node.rpc('seq-kv', { type: 'read', key: KEY })).value as number
    } catch (error) {
      if ((error as RpcError).code === 20) return 0
      throw error
    }
  }

  node.on('add', async (msg) => {
    const delta = msg.body.delta as number
    for (;;) {
      const current = await readCounter()
      try {
        await node.rpc('seq-kv', {
          type: 'cas',
          key: KEY,
          from: current,
          to: current + delta,
          create_if_not_exists: true,
        })
        break
      } catch (error) {
        if ((error as RpcError).code !== 22) throw error
      }
    }
    node.reply(msg, { type: 'add_ok' })
  })

  node.on('read', async (msg) => {
    await node.rpc('seq-kv', { type: 'write', key: `sync-${node.id}`, value: ++syncs })
    node.reply(msg, { type: 'read_ok', value: await readCounter() })
  })
}
