import type { Node } from 'drill:sim'

// Called when your node starts (and again after a crash): register a handler per message type.
export function main(node: Node) {
  node.on('echo', (msg) => {
    // TODO: carry back the text the client sent in msg.body.echo.
    node.reply(msg, { type: 'echo_ok', echo: '' })
  })
}
