import type { Node, RpcError } from 'drill:sim'

// Each key's log is one lin-kv value, the array of its messages. Appending is a cas from the array
// that was read to that array plus the message, so two nodes can never hand out the same offset: the
// slower cas fails (code 22) and retries on the longer log. A message's offset is its index, and a
// poll is a slice. Committed offsets live in lin-kv as well and only ever go up.
export function main(node: Node) {
  const read = async <T>(key: string, fallback: T): Promise<T> => {
    try {
      return (await node.rpc('lin-kv', { type: 'read', key })).value as T
    } catch (error) {
      if ((error as RpcError).code === 20) return fallback
      throw error
    }
  }
  const update = async <T>(key: string, fallback: T, change: (value: T) => T | undefined) => {
    for (;;) {
      const current = await read(key, fallback)
      const next = change(current)
      if (next === undefined) return current
      try {
        await node.rpc('lin-kv', {
          type: 'cas',
          key,
          from: current,
          to: next,
          create_if_not_exists: true,
        })
        return current
      } catch (error) {
        if ((error as RpcError).code !== 22) throw error
      }
    }
  }

  node.on('send', async (msg) => {
    const log = await update<unknown[]>(`log-${msg.body.key}`, [], (log) => [...log, msg.body.msg])
    node.reply(msg, { type: 'send_ok', offset: log.length })
  })

  node.on('poll', async (msg) => {
    const msgs: Record<string, Array<[number, unknown]>> = {}
    for (const [key, from] of Object.entries(msg.body.offsets as Record<string, number>)) {
      const log = await read<unknown[]>(`log-${key}`, [])
      msgs[key] = log.slice(from).map((message, i) => [from + i, message])
    }
    node.reply(msg, { type: 'poll_ok', msgs })
  })

  node.on('commit_offsets', async (msg) => {
    for (const [key, offset] of Object.entries(msg.body.offsets as Record<string, number>)) {
      await update<number>(`commit-${key}`, -1, (current) =>
        offset > current ? offset : undefined,
      )
    }
    node.reply(msg, { type: 'commit_offsets_ok' })
  })

  node.on('list_committed_offsets', async (msg) => {
    const offsets: Record<string, number> = {}
    for (const key of msg.body.keys as string[]) {
      const offset = await read<number>(`commit-${key}`, -1)
      if (offset >= 0) offsets[key] = offset
    }
    node.reply(msg, { type: 'list_committed_offsets_ok', offsets })
  })
}
