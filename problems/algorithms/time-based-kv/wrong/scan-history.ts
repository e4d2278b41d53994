// expect: time_limit
// Walks the key's history from the newest version backwards until it finds one that is old enough.
// Correct, but a query for an early time walks almost the whole history: O(versions) per get.
class TimeMap {
  private history = new Map<string, { time: number; value: string }[]>()

  set(key: string, value: string, timestamp: number): void {
    if (!this.history.has(key)) this.history.set(key, [])
    this.history.get(key)!.push({ time: timestamp, value })
  }

  get(key: string, timestamp: number): string {
    const versions = this.history.get(key)
    if (versions === undefined) return ''
    for (let i = versions.length - 1; i >= 0; i--) {
      if (versions[i].time <= timestamp) return versions[i].value
    }
    return ''
  }
}
