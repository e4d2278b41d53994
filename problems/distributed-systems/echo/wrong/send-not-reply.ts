// expect: wrong_answer
// Sends the echo back with node.send: the reply has no in_reply_to, so the client cannot tell which
// request it answers and gives up on every one.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('echo', (msg) => {
    node.send(msg.src, { type: 'echo_ok', echo: msg.body.echo })
  })
}
