// expect: wrong_answer
// Promotes as soon as the bake time has passed and no ring is unhealthy, without asking for a minimum
// of traffic. A canary that received no requests has "zero errors" and sails through: silence is
// taken for health.
class RolloutGate {
  private cfg: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }
  private ring = 0
  private entered = 0
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

  evaluate(time: number): string {
    if (this.ended !== null) return this.ended
    for (let r = 0; r <= this.ring; r++) {
      let R = 0
      let E = 0
      for (const [t, req, err] of this.reports[r]) {
        if (t > time - this.cfg.window) {
          R += req
          E += err
        }
      }
      if (R >= this.cfg.minRequests && E * 10000 > this.cfg.maxErrorBps * R) return (this.ended = 'rollback')
    }
    if (time - this.entered < this.cfg.bake[this.ring]) return 'hold'
    if (this.ring === this.cfg.bake.length - 1) return (this.ended = 'done')
    this.ring++
    this.entered = time
    return 'promote'
  }
}
