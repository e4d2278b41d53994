import type { Node } from 'drill:sim'

// Floods the topology: a node forwards an element it has not seen before to its neighbours, except
// the one it came from. Every node is reachable through the grid, so every element reaches every node.
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
