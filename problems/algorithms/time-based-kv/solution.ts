class TimeMap {
  // Per key, parallel arrays of timestamps (increasing, because sets arrive in order) and values.
  private times = new Map<string, number[]>()
  private values = new Map<string, string[]>()

  set(key: string, value: string, timestamp: number): void {
    let ts = this.times.get(key)
    if (ts === undefined) {
      ts = []
      this.times.set(key, ts)
      this.values.set(key, [])
    }
    ts.push(timestamp)
    this.values.get(key)!.push(value)
  }

  get(key: string, timestamp: number): string {
    const ts = this.times.get(key)
    if (ts === undefined) return ''
    // Find the number of versions with time <= timestamp (first index whose time is larger).
    let lo = 0
    let hi = ts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ts[mid] <= timestamp) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? '' : this.values.get(key)![lo - 1]
  }
}
