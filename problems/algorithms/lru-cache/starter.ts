class LRUCache {
  constructor(capacity: number) {
    // set up your fields here
  }

  get(key: number): number {
    return -1
  }

  put(key: number, value: number): void {}
}
