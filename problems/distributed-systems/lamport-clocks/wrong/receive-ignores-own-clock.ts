// expect: wrong_answer
// On a receive, sets the clock to the message's stamp plus one and forgets the max with the
// receiver's own counter. When the receiver is already ahead, its clock goes backwards: in
// example 3 the receive gets 2 instead of 4, earlier than events that precede it on the same process.
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
    if (event[0] === 'recv') clock[p] = stampOf.get(event[2] as number)! + 1
    else clock[p]++
    if (event[0] === 'send') stampOf.set(event[2] as number, clock[p])
    timestamps.push(clock[p])
    process.push(p)
  }
  const order = timestamps.map((_, i) => i)
  order.sort((a, b) => timestamps[a] - timestamps[b] || process[a] - process[b])
  return { timestamps, order }
}
