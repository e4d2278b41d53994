// expect: time_limit
// Keeps every report in one list and, on every evaluate, walks the whole list to add up each ring's
// window. Correct, but O(reports) per evaluate: a rollout with thousands of reports and evaluations
// is tens of millions of steps.
class RolloutGate {
  private cfg: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }
  private ring = 0
  private entered = 0
  private ended: string | null = null
  private reports: { time: number; ring: number; requests: number; errors: number }[] = []

  constructor(config: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }) {
    this.cfg = config
  }

  report(time: number, ring: number, requests: number, errors: number): void {
    if (this.ended !== null || ring > this.ring) return
    this.reports.push({ time, ring, requests, errors })
  }

  evaluate(time: number): string {
    if (this.ended !== null) return this.ended
    const R: number[] = this.cfg.bake.map(() => 0)
    const E: number[] = this.cfg.bake.map(() => 0)
    for (const r of this.reports) {
      if (r.time > time - this.cfg.window) {
        R[r.ring] += r.requests
        E[r.ring] += r.errors
      }
    }
    for (let i = 0; i <= this.ring; i++) {
      if (R[i] >= this.cfg.minRequests && E[i] * 10000 > this.cfg.maxErrorBps * R[i]) return (this.ended = 'rollback')
    }
    if (time - this.entered < this.cfg.bake[this.ring] || R[this.ring] < this.cfg.minRequests) return 'hold'
    if (this.ring === this.cfg.bake.length - 1) return (this.ended = 'done')
    this.ring++
    this.entered = time
    return 'promote'
  }
}
