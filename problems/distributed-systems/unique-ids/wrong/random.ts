// expect: wrong_answer
// Random ids from a million values: with a few thousand ids, two will collide (the birthday paradox).
import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('generate', (msg) => {
    node.reply(msg, { type: 'generate_ok', id: Math.floor(Math.random() * 1_000_000) })
  })
}
