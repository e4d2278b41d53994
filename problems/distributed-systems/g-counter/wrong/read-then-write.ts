// expect: wrong_answer
// Read, add, write back: two nodes that read the same total both write total + their delta, and one
// of the increments is gone.
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
    const current = await readCounter()
    await node.rpc('seq-kv', { type: 'write', key: KEY, value: current + msg.body.delta })
    node.reply(msg, { type: 'add_ok' })
  })

  node.on('read', async (msg) => {
    node.reply(msg, { type: 'read_ok', value: await readCounter() })
  })
}
