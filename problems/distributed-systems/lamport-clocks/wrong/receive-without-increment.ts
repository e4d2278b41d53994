// expect: wrong_answer
// Takes the max on a receive but adds the one only to the receiver's own counter:
// C = max(C + 1, t). A receive can then carry the same timestamp as its send (ping-pong: the first
// receive gets 1, like the send), so "sent before received" is no longer visible in the stamps.
function lamportOrder(
  n: number,
  events: (string | number)[][],
): { timestamps: number[]; order: number[] } {
  const clock: number[] = new Array(n).fill(0)
  const stampOf = new Map<number, number>()
  const timestamps: number[] = []
  const process: number[] = []
  for (const event of events) {
    const p = event[1] as number
    if (event[0] === 'recv') clock[p] = Math.max(clock[p] + 1, stampOf.get(event[2] as number)!)
    else clock[p]++
    if (event[0] === 'send') stampOf.set(event[2] as number, clock[p])
    timestamps.push(clock[p])
    process.push(p)
  }
  const order = timestamps.map((_, i) => i)
  order.sort((a, b) => timestamps[a] - timestamps[b] || process[a] - process[b])
  return { timestamps, order }
}
