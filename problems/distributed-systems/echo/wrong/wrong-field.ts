// expect: wrong_answer
// Echoes the whole body back inside `echo` instead of the text it carried.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('echo', (msg) => {
    node.reply(msg, { type: 'echo_ok', echo: msg.body })
  })
}
