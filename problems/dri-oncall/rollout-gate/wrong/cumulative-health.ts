// expect: wrong_answer
// Judges health on everything a ring has reported since it started, not on the last `window`
// minutes. An early blip (a cold cache on the first minute) is never forgiven and rolls back a good
// release, while a fresh regression late in a long bake is diluted by hours of healthy traffic.
class RolloutGate {
  private cfg: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }
  private ring = 0
  private entered = 0
  private ended: string | null = null
  private totalRequests: number[] = []
  private totalErrors: number[] = []

  constructor(config: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }) {
    this.cfg = config
    for (let i = 0; i < config.bake.length; i++) {
      this.totalRequests.push(0)
      this.totalErrors.push(0)
    }
  }

  report(time: number, ring: number, requests: number, errors: number): void {
    if (this.ended !== null || ring > this.ring) return
    this.totalRequests[ring] += requests
    this.totalErrors[ring] += errors
  }

  evaluate(time: number): string {
    if (this.ended !== null) return this.ended
    for (let r = 0; r <= this.ring; r++) {
      const R = this.totalRequests[r]
      if (R >= this.cfg.minRequests && this.totalErrors[r] * 10000 > this.cfg.maxErrorBps * R) return (this.ended = 'rollback')
    }
    if (time - this.entered < this.cfg.bake[this.ring] || this.totalRequests[this.ring] < this.cfg.minRequests) return 'hold'
    if (this.ring === this.cfg.bake.length - 1) return (this.ended = 'done')
    this.ring++
    this.entered = time
    return 'promote'
  }
}
