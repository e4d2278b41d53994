// expect: time_limit
// Keeps the entries in an array ordered from least to most recently used. Finding a key and moving it
// to the back are both linear scans, so every operation is O(capacity): 8 000 operations on a
// cache of 5 000 entries take tens of millions of steps.
class LRUCache {
  private capacity: number
  private keys: number[] = []
  private values: number[] = []

  constructor(capacity: number) {
    this.capacity = capacity
  }

  private indexOfKey(key: number): number {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return i
    return -1
  }

  private removeAt(index: number): void {
    for (let i = index; i + 1 < this.keys.length; i++) {
      this.keys[i] = this.keys[i + 1]
      this.values[i] = this.values[i + 1]
    }
    this.keys.pop()
    this.values.pop()
  }

  get(key: number): number {
    const i = this.indexOfKey(key)
    if (i < 0) return -1
    const value = this.values[i]
    this.removeAt(i)
    this.keys.push(key)
    this.values.push(value)
    return value
  }

  put(key: number, value: number): void {
    const i = this.indexOfKey(key)
    if (i >= 0) this.removeAt(i)
    else if (this.keys.length === this.capacity) this.removeAt(0)
    this.keys.push(key)
    this.values.push(value)
  }
}
