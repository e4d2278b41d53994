// expect: wrong_answer
// Stores only the newest value of each key and ignores the timestamp of the query: fine for "now",
// wrong for any question about the past (get("pool", 5) answers "25" instead of "10").
class TimeMap {
  private latest = new Map<string, string>()

  set(key: string, value: string, timestamp: number): void {
    this.latest.set(key, value)
  }

  get(key: string, timestamp: number): string {
    return this.latest.get(key) ?? ''
  }
}
