// expect: time_limit
// Correct stamps and order, but finds the send of each received message by scanning the trace from
// the start. Each receive costs up to the length of the trace: O(events²) overall, hundreds of
// millions of steps on 30 000 events.
function lamportOrder(
  n: number,
  events: (string | number)[][],
): { timestamps: number[]; order: number[] } {
  const clock: number[] = new Array(n).fill(0)
  const timestamps: number[] = []
  const process: number[] = []
  for (let i = 0; i < events.length; i++) {
    const p = events[i][1] as number
    if (events[i][0] === 'recv') {
      let sent = 0
      for (let j = 0; j < i; j++) {
        if (events[j][0] === 'send' && events[j][2] === events[i][2]) {
          sent = timestamps[j]
          break
        }
      }
      clock[p] = Math.max(clock[p], sent) + 1
    } else {
      clock[p]++
    }
    timestamps.push(clock[p])
    process.push(p)
  }
  const order = timestamps.map((_, i) => i)
  order.sort((a, b) => timestamps[a] - timestamps[b] || process[a] - process[b])
  return { timestamps, order }
}
