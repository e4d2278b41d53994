import type { Node } from 'drill:sim'

// Anti-entropy: every 150 ms each node sends every peer the elements that peer has not acknowledged
// yet. Nothing is lost to a partition; it is resent once the network heals.
export function main(node: Node) {
  const messages = new Set<number>()
  const acked = new Map<string, Set<number>>()

  node.on('init', () => {
    for (const peer of node.nodeIds) if (peer !== node.id) acked.set(peer, new Set())
  })
  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    messages.add(msg.body.message)
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))
  node.on('gossip', (msg) => {
    const has = acked.get(msg.src)
    for (const message of msg.body.messages as number[]) {
      messages.add(message)
      has?.add(message)
    }
    node.reply(msg, { type: 'gossip_ok', messages: msg.body.messages })
  })

  node.setInterval(() => {
    for (const [peer, has] of acked) {
      const missing = [...messages].filter((message) => !has.has(message))
      if (missing.length === 0) continue
      node
        .rpc(peer, { type: 'gossip', messages: missing }, { timeoutMs: 300 })
        .then((reply) => {
          for (const message of reply.messages as number[]) has.add(message)
        })
        .catch(() => {
          // Unreachable for now: the next round sends it again.
        })
    }
  }, 150)
}
