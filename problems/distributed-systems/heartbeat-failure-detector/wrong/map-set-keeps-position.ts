// expect: wrong_answer
// The right idea (a Map in heartbeat order, popped from the front), but a heartbeat from a node that
// is already alive just calls set(), which updates the value and keeps the key where it was. The
// front of the map is no longer the oldest heartbeat, so advance stops early: after a@0, b@1, a@5,
// advance(11) with suspectAfter 10 looks at a first, sees it is not due, and never reaches b.
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
    this.suspects.delete(node)
    this.dead.delete(node)
    this.alive.set(node, time)
  }

  advance(time: number): string[] {
    const changes: [number, string, string][] = []
    for (const [node, last] of this.alive) {
      if (last + this.suspectAfter > time) break
      this.alive.delete(node)
      this.suspects.set(node, last)
      changes.push([last + this.suspectAfter, node, 'suspect'])
    }
    for (const [node, last] of this.suspects) {
      if (last + this.deadAfter > time) break
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
