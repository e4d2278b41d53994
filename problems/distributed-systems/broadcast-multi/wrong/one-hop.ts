// expect: wrong_answer
// Tells its topology neighbours about a client's element but never passes on what it hears from
// them, so elements travel one hop: nodes two hops away never learn them.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  const messages = new Set<number>()
  let neighbours: string[] = []

  node.on('topology', (msg) => {
    neighbours = msg.body.topology[node.id] ?? []
    node.reply(msg, { type: 'topology_ok' })
  })
  node.on('broadcast', (msg) => {
    messages.add(msg.body.message)
    for (const peer of neighbours) node.send(peer, { type: 'gossip', message: msg.body.message })
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('gossip', (msg) => {
    messages.add(msg.body.message)
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))
}
