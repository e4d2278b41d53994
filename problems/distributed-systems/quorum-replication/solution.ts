class QuorumStore {
  private r: number
  private w: number
  // replicas[i] maps a key to the copy replica i holds: [version, value].
  private replicas: Map<string, [number, string]>[] = []
  private lastVersion = new Map<string, number>()

  constructor(n: number, r: number, w: number) {
    this.r = r
    this.w = w
    for (let i = 0; i < n; i++) this.replicas.push(new Map())
  }

  write(key: string, value: string, acks: number[]): number | string {
    // Every attempt gets a fresh version, even one that ends up failing.
    const version = (this.lastVersion.get(key) ?? 0) + 1
    this.lastVersion.set(key, version)
    // The replicas that acknowledged did store it; nothing is rolled back on failure.
    for (const i of acks) this.replicas[i].set(key, [version, value])
    return acks.length >= this.w ? version : 'ERR_QUORUM'
  }

  read(key: string, responders: number[]): string | null {
    if (responders.length < this.r) return 'ERR_QUORUM'
    let newest: [number, string] | undefined
    for (const i of responders) {
      const copy = this.replicas[i].get(key)
      if (copy !== undefined && (newest === undefined || copy[0] > newest[0])) newest = copy
    }
    if (newest === undefined) return null
    // Read repair: bring every stale or empty responder up to the newest copy.
    for (const i of responders) {
      const copy = this.replicas[i].get(key)
      if (copy === undefined || copy[0] < newest[0]) this.replicas[i].set(key, newest)
    }
    return newest[1]
  }

  peek(replica: number, key: string): [number, string] | null {
    const copy = this.replicas[replica].get(key)
    return copy === undefined ? null : [copy[0], copy[1]]
  }
}
