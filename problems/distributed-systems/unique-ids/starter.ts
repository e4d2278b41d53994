import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('generate', (msg) => {
    // TODO: an id that no node ever hands out twice, even while the network is partitioned.
    node.reply(msg, { type: 'generate_ok', id: 1 })
  })
}
