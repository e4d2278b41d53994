// expect: wrong_answer
// Measures bake time from the start of the rollout instead of from entering the current ring. After
// a slow canary, every later ring looks "baked" the moment it is entered, and the release races
// through the fleet with no soak time at all.
class RolloutGate {
  private cfg: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }
  private ring = 0
  private ended: string | null = null
  private reports: number[][][] = []

  constructor(config: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }) {
    this.cfg = config
    for (let i = 0; i < config.bake.length; i++) this.reports.push([])
  }

  report(time: number, ring: number, requests: number, errors: number): void {
    if (this.ended !== null || ring > this.ring) return
    this.reports[ring].push([time, requests, errors])
  }

  private sums(ring: number, time: number): [number, number] {
    const list = this.reports[ring]
    while (list.length > 0 && list[0][0] <= time - this.cfg.window) list.shift()
    let R = 0
    let E = 0
    for (const [, r, e] of list) {
      R += r
      E += e
    }
    return [R, E]
  }

  evaluate(time: number): string {
    if (this.ended !== null) return this.ended
    for (let r = 0; r <= this.ring; r++) {
      const [R, E] = this.sums(r, time)
      if (R >= this.cfg.minRequests && E * 10000 > this.cfg.maxErrorBps * R) return (this.ended = 'rollback')
    }
    const [R] = this.sums(this.ring, time)
    if (time < this.cfg.bake[this.ring] || R < this.cfg.minRequests) return 'hold'
    if (this.ring === this.cfg.bake.length - 1) return (this.ended = 'done')
    this.ring++
    return 'promote'
  }
}
