// expect: wrong_answer
// The multi-node solution reused: flooding the grid topology. Correct, but every element crosses
// every link of the grid, about 40 messages per broadcast on 25 nodes.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  const messages = new Set<number>()
  let neighbours: string[] = []

  node.on('topology', (msg) => {
    neighbours = msg.body.topology[node.id] ?? []
    node.reply(msg, { type: 'topology_ok' })
  })
  const spread = (message: number, from: string) => {
    if (messages.has(message)) return
    messages.add(message)
    for (const peer of neighbours) if (peer !== from) node.send(peer, { type: 'gossip', message })
  }
  node.on('broadcast', (msg) => {
    spread(msg.body.message, msg.src)
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('gossip', (msg) => spread(msg.body.message, msg.src))
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))
}
