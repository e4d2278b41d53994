import type { Node } from 'drill:sim'

// The service "seq-kv" stores keys for you: node.rpc('seq-kv', { type: 'read', key }),
// { type: 'write', key, value } and { type: 'cas', key, from, to, create_if_not_exists }.
export function main(node: Node) {
  node.on('add', async (msg) => {
    // TODO: add msg.body.delta to the counter.
    node.reply(msg, { type: 'add_ok' })
  })
  node.on('read', async (msg) => {
    // TODO: the counter's total.
    node.reply(msg, { type: 'read_ok', value: 0 })
  })
}
