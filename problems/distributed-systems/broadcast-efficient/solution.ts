import type { Node } from 'drill:sim'

// Two-level fan-out with batching. Every 50 ms each node sends the elements its clients gave it to a
// hub (the first node), and the hub sends everything new to every other node. That is at most 48
// messages per 50 ms however many elements arrive, and an element is everywhere within about
// three network hops plus two batching delays.
const BATCH_MS = 50

export function main(node: Node) {
  const messages = new Set<number>()
  let fresh: number[] = []
  const hub = () => node.nodeIds[0]!

  const learn = (message: number, passOn: boolean) => {
    if (messages.has(message)) return
    messages.add(message)
    if (passOn) fresh.push(message)
  }

  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    learn(msg.body.message, true)
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('gossip', (msg) => {
    for (const message of msg.body.messages as number[]) learn(message, node.id === hub())
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))

  node.setInterval(() => {
    if (fresh.length === 0) return
    const batch = fresh
    fresh = []
    if (node.id !== hub()) {
      node.send(hub(), { type: 'gossip', messages: batch })
      return
    }
    for (const peer of node.nodeIds)
      if (peer !== node.id) node.send(peer, { type: 'gossip', messages: batch })
  }, BATCH_MS)
}
