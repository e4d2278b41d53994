// expect: wrong_answer
// Keeps only the latest message instead of all of them.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  let latest: number | undefined

  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  node.on('broadcast', (msg) => {
    latest = msg.body.message
    node.reply(msg, { type: 'broadcast_ok' })
  })
  node.on('read', (msg) =>
    node.reply(msg, { type: 'read_ok', messages: latest === undefined ? [] : [latest] }),
  )
}
