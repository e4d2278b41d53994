// expect: wrong_answer
// Every node appends to its own copy of each log and tells the others where it put the message. Two
// nodes that append to the same key at about the same time hand out the same offset, and each
// overwrites the other's message there.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  const logs = new Map<string, unknown[]>()
  const committed = new Map<string, number>()
  const logOf = (key: string) => {
    let log = logs.get(key)
    if (!log) logs.set(key, (log = []))
    return log
  }

  node.on('send', (msg) => {
    const log = logOf(msg.body.key)
    const offset = log.length
    log.push(msg.body.msg)
    for (const peer of node.nodeIds)
      if (peer !== node.id)
        node.send(peer, { type: 'replicate', key: msg.body.key, offset, msg: msg.body.msg })
    node.reply(msg, { type: 'send_ok', offset })
  })
  node.on('replicate', (msg) => {
    logOf(msg.body.key)[msg.body.offset] = msg.body.msg
  })
  node.on('poll', (msg) => {
    const msgs: Record<string, Array<[number, unknown]>> = {}
    for (const [key, from] of Object.entries(msg.body.offsets as Record<string, number>)) {
      msgs[key] = logOf(key)
        .slice(from)
        .map((message, i): [number, unknown] => [from + i, message])
        .filter(([, message]) => message !== undefined && message !== null)
    }
    node.reply(msg, { type: 'poll_ok', msgs })
  })
  node.on('commit_offsets', (msg) => {
    for (const [key, offset] of Object.entries(msg.body.offsets as Record<string, number>))
      committed.set(key, Math.max(offset, committed.get(key) ?? -1))
    node.reply(msg, { type: 'commit_offsets_ok' })
  })
  node.on('list_committed_offsets', (msg) => {
    const offsets: Record<string, number> = {}
    for (const key of msg.body.keys as string[])
      if (committed.has(key)) offsets[key] = committed.get(key)!
    node.reply(msg, { type: 'list_committed_offsets_ok', offsets })
  })
}
