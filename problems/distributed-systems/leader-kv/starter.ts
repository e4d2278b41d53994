import type { Node } from 'drill:sim'

// Build the store yourself (no services here). node.nodeIds[0] could lead; the others could forward
// to it with node.rpc and keep copies of its state.
export function main(node: Node) {
  node.on('read', async (msg) => {
    // TODO: { type: 'read_ok', value }, or code 20 while the key does not exist.
    node.reply(msg, { type: 'error', code: 20, text: `key ${msg.body.key} does not exist` })
  })
  node.on('write', async (msg) => {
    // TODO: set msg.body.key to msg.body.value.
    node.reply(msg, { type: 'write_ok' })
  })
  node.on('cas', async (msg) => {
    // TODO: if the value is msg.body.from, set it to msg.body.to and answer cas_ok; else code 22
    // (or 20 while the key does not exist).
    node.reply(msg, { type: 'error', code: 22, text: `the value is not ${msg.body.from}` })
  })
}
