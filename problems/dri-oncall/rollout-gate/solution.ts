class RolloutGate {
  private bake: number[]
  private window: number
  private maxErrorBps: number
  private minRequests: number
  private ring = 0
  private entered = 0
  private ended: string | null = null
  // Per ring: the reports still inside the window, as a queue (arrays + head index), and their sums.
  private times: number[][] = []
  private requests: number[][] = []
  private errors: number[][] = []
  private head: number[] = []
  private sumRequests: number[] = []
  private sumErrors: number[] = []

  constructor(config: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }) {
    this.bake = config.bake
    this.window = config.window
    this.maxErrorBps = config.maxErrorBps
    this.minRequests = config.minRequests
    for (let i = 0; i < this.bake.length; i++) {
      this.times.push([])
      this.requests.push([])
      this.errors.push([])
      this.head.push(0)
      this.sumRequests.push(0)
      this.sumErrors.push(0)
    }
  }

  report(time: number, ring: number, requests: number, errors: number): void {
    if (this.ended !== null || ring > this.ring) return
    this.times[ring].push(time)
    this.requests[ring].push(requests)
    this.errors[ring].push(errors)
    this.sumRequests[ring] += requests
    this.sumErrors[ring] += errors
  }

  evaluate(time: number): string {
    if (this.ended !== null) return this.ended
    for (let r = 0; r <= this.ring; r++) {
      this.slide(r, time)
      const R = this.sumRequests[r]
      if (R >= this.minRequests && this.sumErrors[r] * 10000 > this.maxErrorBps * R) {
        this.ended = 'rollback'
        return this.ended
      }
    }
    const baked =
      time - this.entered >= this.bake[this.ring] && this.sumRequests[this.ring] >= this.minRequests
    if (!baked) return 'hold'
    if (this.ring === this.bake.length - 1) {
      this.ended = 'done'
      return this.ended
    }
    this.ring++
    this.entered = time
    return 'promote'
  }

  // Drops ring r's reports that are no longer in the window (time - window, time].
  private slide(r: number, time: number): void {
    const times = this.times[r]
    let h = this.head[r]
    while (h < times.length && times[h] <= time - this.window) {
      this.sumRequests[r] -= this.requests[r][h]
      this.sumErrors[r] -= this.errors[r][h]
      h++
    }
    if (h > 1024 && h * 2 > times.length) {
      this.times[r] = times.slice(h)
      this.requests[r] = this.requests[r].slice(h)
      this.errors[r] = this.errors[r].slice(h)
      h = 0
    }
    this.head[r] = h
  }
}
