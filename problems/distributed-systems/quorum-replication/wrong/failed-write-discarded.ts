// expect: wrong_answer
// Treats a write without a quorum as if it never happened: nothing is stored and no version is used.
// Real replicas cannot un-apply a write they acknowledged, and the statement keeps it. A later read
// that reaches such a replica must return the "failed" value (example 1's read of "pear"), and the
// next successful write must get the version after it.
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
    if (acks.length < this.w) return 'ERR_QUORUM'
    const version = (this.lastVersion.get(key) ?? 0) + 1
    this.lastVersion.set(key, version)
    for (const i of acks) this.replicas[i].set(key, [version, value])
    return version
  }

  read(key: string, responders: number[]): string | null {
    if (responders.length < this.r) return 'ERR_QUORUM'
    let newest: [number, string] | undefined
    for (const i of responders) {
      const copy = this.replicas[i].get(key)
      if (copy !== undefined && (newest === undefined || copy[0] > newest[0])) newest = copy
    }
    if (newest === undefined) return null
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
