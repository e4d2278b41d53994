function lamportOrder(
  n: number,
  events: (string | number)[][],
): { timestamps: number[]; order: number[] } {
  const clock: number[] = new Array(n).fill(0)
  const stampOf = new Map<number, number>() // message id -> timestamp of its send
  const timestamps: number[] = new Array(events.length)
  const process: number[] = new Array(events.length)

  for (let i = 0; i < events.length; i++) {
    const kind = events[i][0] as string
    const p = events[i][1] as number
    if (kind === 'recv') {
      const t = stampOf.get(events[i][2] as number)!
      clock[p] = Math.max(clock[p], t) + 1
    } else {
      clock[p] += 1
      if (kind === 'send') stampOf.set(events[i][2] as number, clock[p])
    }
    timestamps[i] = clock[p]
    process[i] = p
  }

  const order: number[] = new Array(events.length)
  for (let i = 0; i < events.length; i++) order[i] = i
  // The tie-break by process id makes the order total: one process never repeats a timestamp.
  order.sort((a, b) => timestamps[a] - timestamps[b] || process[a] - process[b])
  return { timestamps, order }
}
