// expect: wrong_answer
// A per-node counter alone: every node hands out 1, 2, 3, …
import type { Node } from 'drill:sim'

export function main(node: Node) {
  let counter = 0
  node.on('generate', (msg) => {
    counter++
    node.reply(msg, { type: 'generate_ok', id: counter })
  })
}
