// expect: wrong_answer
// Batches to cut messages, but waits a whole second between batches: few messages, slow delivery.
import type { Node } from 'drill:sim'

const BATCH_MS = 1000

export function main(node: Node) {
  const messages = new Set<number>()
  let fresh: number[] = []

  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    if (!messages.has(msg.body.message)) fresh.push(msg.body.message)
    messages.add(msg.body.message)
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('gossip', (msg) => {
    for (const message of msg.body.messages as number[]) messages.add(message)
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))

  node.setInterval(() => {
    if (fresh.length === 0) return
    for (const peer of node.nodeIds)
      if (peer !== node.id) node.send(peer, { type: 'gossip', messages: fresh })
    fresh = []
  }, BATCH_MS)
}
