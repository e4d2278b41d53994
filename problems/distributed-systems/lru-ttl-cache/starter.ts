class TtlCache {
  constructor(capacity: number) {
    // set up your fields here
  }

  get(now: number, key: number): number {
    return -1
  }

  put(now: number, key: number, value: number, ttlMs: number): number | null {
    return null
  }

  size(now: number): number {
    return 0
  }
}
