class TimeMap {
  constructor() {
    // set up your fields here
  }

  set(key: string, value: string, timestamp: number): void {}

  get(key: string, timestamp: number): string {
    return ''
  }
}
