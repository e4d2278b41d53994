// expect: wrong_answer
// Answers reads correctly but never repairs the stale responders. Replicas that missed a write stay
// behind until the next write reaches them, so peek shows old copies, and a later read whose quorum
// avoids the up-to-date replicas returns stale data (example 2's last read gives null, not "a").
class QuorumStore {
  private r: number
  private w: number
  private replicas: Map<string, [number, string]>[] = []
  private lastVersion = new Map<string, number>()

  constructor(n: number, r: number, w: number) {
    this.r = r
    this.w = w
    for (let i = 0; i < n; i++) this.replicas.push(new Map())
  }

  write(key: string, value: string, acks: number[]): number | string {
    const version = (this.lastVersion.get(key) ?? 0) + 1
    this.lastVersion.set(key, version)
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
    return newest === undefined ? null : newest[1]
  }

  peek(replica: number, key: string): [number, string] | null {
    const copy = this.replicas[replica].get(key)
    return copy === undefined ? null : [copy[0], copy[1]]
  }
}
