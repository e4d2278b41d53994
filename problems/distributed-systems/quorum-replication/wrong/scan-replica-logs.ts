// expect: time_limit
// Models each replica as an append-only log of [key, version, value] records (writes and repairs
// append), and finds a replica's copy of a key by scanning its whole log for the highest version.
// Correct, but every read and peek costs the length of the logs: after thousands of writes, each
// read scans tens of thousands of records.
class QuorumStore {
  private r: number
  private w: number
  private logs: [string, number, string][][] = []
  private lastVersion = new Map<string, number>()

  constructor(n: number, r: number, w: number) {
    this.r = r
    this.w = w
    for (let i = 0; i < n; i++) this.logs.push([])
  }

  private copyOf(replica: number, key: string): [number, string] | null {
    let best: [number, string] | null = null
    for (const [k, version, value] of this.logs[replica]) {
      if (k === key && (best === null || version > best[0])) best = [version, value]
    }
    return best
  }

  write(key: string, value: string, acks: number[]): number | string {
    const version = (this.lastVersion.get(key) ?? 0) + 1
    this.lastVersion.set(key, version)
    for (const i of acks) this.logs[i].push([key, version, value])
    return acks.length >= this.w ? version : 'ERR_QUORUM'
  }

  read(key: string, responders: number[]): string | null {
    if (responders.length < this.r) return 'ERR_QUORUM'
    const copies = responders.map((i) => this.copyOf(i, key))
    let newest: [number, string] | null = null
    for (const copy of copies) if (copy !== null && (newest === null || copy[0] > newest[0])) newest = copy
    if (newest === null) return null
    responders.forEach((i, j) => {
      const copy = copies[j]
      if (copy === null || copy[0] < newest![0]) this.logs[i].push([key, newest![0], newest![1]])
    })
    return newest[1]
  }

  peek(replica: number, key: string): [number, string] | null {
    return this.copyOf(replica, key)
  }
}
