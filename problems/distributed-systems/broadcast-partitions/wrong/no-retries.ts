// expect: wrong_answer
// Forwards each new element to every other node exactly once. Fine on a healthy network; an element
// sent across a partition is simply gone.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  const messages = new Set<number>()

  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    const message = msg.body.message as number
    messages.add(message)
    for (const peer of node.nodeIds)
      if (peer !== node.id) node.send(peer, { type: 'gossip', message })
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('gossip', (msg) => {
    messages.add(msg.body.message)
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))
}
