import type { Node } from 'drill:sim'

// Echoes the whole body back inside `echo` instead of the text it carried.
export function main(node: Node) {
  node.on('echo', (msg) => {
    node.reply(msg, { type: 'echo_ok', echo: msg.body })
  })
}
