// expect: wrong_answer
// Takes the first responder that has a copy as the answer, as if replicas answered in freshness order,
// and "repairs" the others with it. When a stale replica is listed first, the read returns old data
// and then overwrites newer copies with it: read repair turned into data loss.
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
    let answer: [number, string] | undefined
    for (const i of responders) {
      answer = this.replicas[i].get(key)
      if (answer !== undefined) break
    }
    if (answer === undefined) return null
    for (const i of responders) this.replicas[i].set(key, answer)
    return answer[1]
  }

  peek(replica: number, key: string): [number, string] | null {
    const copy = this.replicas[replica].get(key)
    return copy === undefined ? null : [copy[0], copy[1]]
  }
}
