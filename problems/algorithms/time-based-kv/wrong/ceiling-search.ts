// expect: wrong_answer
// Binary search for the first version with time >= timestamp, then returns it. Exact matches are
// right, but between two versions it returns the *next* one, a value that did not exist yet at that
// time (get("pool", 11) answers "25" instead of "10").
class TimeMap {
  private times = new Map<string, number[]>()
  private values = new Map<string, string[]>()

  set(key: string, value: string, timestamp: number): void {
    if (!this.times.has(key)) {
      this.times.set(key, [])
      this.values.set(key, [])
    }
    this.times.get(key)!.push(timestamp)
    this.values.get(key)!.push(value)
  }

  get(key: string, timestamp: number): string {
    const ts = this.times.get(key)
    if (ts === undefined) return ''
    let lo = 0
    let hi = ts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ts[mid] < timestamp) lo = mid + 1
      else hi = mid
    }
    if (lo === ts.length) return this.values.get(key)![ts.length - 1]
    if (ts[lo] > timestamp && lo === 0) return ''
    return this.values.get(key)![lo]
  }
}
