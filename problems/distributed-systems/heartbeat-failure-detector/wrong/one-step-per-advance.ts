// expect: wrong_answer
// Decides each node's new status with an if / else-if, so a node moves at most one step per advance.
// After a long gap, a node that should go from alive to suspect to dead is only reported as suspect,
// and is declared dead one advance later, at the wrong moment.
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
    const newlySuspect: [string, number][] = []
    for (const [node, last] of this.alive) {
      if (last + this.suspectAfter > time) break
      this.alive.delete(node)
      newlySuspect.push([node, last])
      changes.push([last + this.suspectAfter, node, 'suspect'])
    }
    for (const [node, last] of this.suspects) {
      if (last + this.deadAfter > time) break
      this.suspects.delete(node)
      this.dead.add(node)
      changes.push([last + this.deadAfter, node, 'dead'])
    }
    for (const [node, last] of newlySuspect) this.suspects.set(node, last)
    changes.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    return changes.map(([, node, status]) => `${node} ${status}`)
  }

  status(node: string): string {
    if (this.alive.has(node)) return 'alive'
    if (this.suspects.has(node)) return 'suspect'
    return this.dead.has(node) ? 'dead' : 'unknown'
  }
}
