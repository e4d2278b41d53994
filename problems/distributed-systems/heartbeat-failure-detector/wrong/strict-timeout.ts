// expect: wrong_answer
// Times a node out only when it has been silent for strictly more than the timeout. A node last heard
// at 0 with suspectAfter 5 is still "alive" at time 5, and every change is reported one tick late.
class FailureDetector {
  private suspectAfter: number
  private deadAfter: number
  private alive = new Map<string, number>()
  private suspects = new Map<string, number>()
  private dead = new Set<string>()

  constructor(suspectAfter: number, deadAfter: number) {
    this.suspectAfter = suspectAfter
    this.deadAfter = deadAfter
  }

  heartbeat(node: string, time: number): void {
    this.alive.delete(node)
    this.suspects.delete(node)
    this.dead.delete(node)
    this.alive.set(node, time)
  }

  advance(time: number): string[] {
    const changes: [number, string, string][] = []
    for (const [node, last] of this.alive) {
      if (time - last <= this.suspectAfter) break
      this.alive.delete(node)
      this.suspects.set(node, last)
      changes.push([last + this.suspectAfter, node, 'suspect'])
    }
    for (const [node, last] of this.suspects) {
      if (time - last <= this.deadAfter) break
      this.suspects.delete(node)
      this.dead.add(node)
      changes.push([last + this.deadAfter, node, 'dead'])
    }
    changes.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    return changes.map(([, node, status]) => `${node} ${status}`)
  }

  status(node: string): string {
    if (this.alive.has(node)) return 'alive'
    if (this.suspects.has(node)) return 'suspect'
    return this.dead.has(node) ? 'dead' : 'unknown'
  }
}
