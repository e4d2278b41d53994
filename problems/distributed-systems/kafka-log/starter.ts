import type { Node } from 'drill:sim'

// The service "lin-kv" is a linearizable store: node.rpc('lin-kv', { type: 'read', key }),
// { type: 'write', key, value } and { type: 'cas', key, from, to, create_if_not_exists }.
export function main(node: Node) {
  node.on('send', async (msg) => {
    // TODO: append msg.body.msg to the log named msg.body.key; answer with its offset.
    node.reply(msg, { type: 'send_ok', offset: 0 })
  })
  node.on('poll', async (msg) => {
    // TODO: for each key in msg.body.offsets, every message from that offset on, as
    // { [key]: [[offset, msg], ...] }.
    node.reply(msg, { type: 'poll_ok', msgs: {} })
  })
  node.on('commit_offsets', async (msg) => {
    // TODO: remember msg.body.offsets ({ [key]: offset }); a key's committed offset only goes up.
    node.reply(msg, { type: 'commit_offsets_ok' })
  })
  node.on('list_committed_offsets', async (msg) => {
    // TODO: the committed offset of each key in msg.body.keys.
    node.reply(msg, { type: 'list_committed_offsets_ok', offsets: {} })
  })
}
