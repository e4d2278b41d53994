// expect: wrong_answer
// Stamps every event correctly but sorts by timestamp alone. The sort is stable, so equal timestamps
// keep their position in the trace instead of going by process id: for [["local", 1], ["local", 0]]
// it answers order [0, 1] instead of [1, 0].
function lamportOrder(
  n: number,
  events: (string | number)[][],
): { timestamps: number[]; order: number[] } {
  const clock: number[] = new Array(n).fill(0)
  const stampOf = new Map<number, number>()
  const timestamps: number[] = []
  for (const event of events) {
    const p = event[1] as number
    if (event[0] === 'recv') clock[p] = Math.max(clock[p], stampOf.get(event[2] as number)!) + 1
    else clock[p]++
    if (event[0] === 'send') stampOf.set(event[2] as number, clock[p])
    timestamps.push(clock[p])
  }
  const order = timestamps.map((_, i) => i)
  order.sort((a, b) => timestamps[a] - timestamps[b])
  return { timestamps, order }
}
