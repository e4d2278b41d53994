import type { Node } from 'drill:sim'

export function main(node: Node) {
  const messages = new Set<number>()

  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    messages.add(msg.body.message)
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...messages] }))
}
