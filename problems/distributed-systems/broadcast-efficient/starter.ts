import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('topology', (msg) => {
    // msg.body.topology maps every node id to its neighbours; use it or ignore it.
    node.reply(msg, { type: 'topology_ok' })
  })
  node.on('broadcast', (msg) => {
    // TODO: remember msg.body.message and make sure every node learns it.
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('read', (msg) => {
    // TODO: every message this node has seen.
    node.reply(msg, { type: 'read_ok', messages: [] })
  })
}
