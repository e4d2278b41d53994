// expect: wrong_answer
// Increments safely with cas, but reads seq-kv directly: a sequentially consistent store may answer
// with an old total, so a final read can miss increments every node has long acknowledged.
import type { Node, RpcError } from 'drill:sim'

const KEY = 'counter'

export function main(node: Node) {
  const readCounter = async (): Promise<number> => {
    try {
      return (await node.rpc('seq-kv', { type: 'read', key: KEY })).value as number
    } catch (error) {
      if ((error as RpcError).code === 20) return 0
      throw error
    }
  }

  node.on('add', async (msg) => {
    for (;;) {
      const current = await readCounter()
      try {
        await node.rpc('seq-kv', {
          type: 'cas',
          key: KEY,
          from: current,
          to: current + msg.body.delta,
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
    node.reply(msg, { type: 'read_ok', value: await readCounter() })
  })
}
