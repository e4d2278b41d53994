import type { Node } from 'drill:sim'

// A node id is unique, and so is each node's counter value: together they never collide, and no
// node needs to ask another, so partitions do not matter.
export function main(node: Node) {
  let counter = 0
  node.on('generate', (msg) => {
    counter++
    node.reply(msg, { type: 'generate_ok', id: `${node.id}-${counter}` })
  })
}
