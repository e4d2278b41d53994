class FailureDetector {
  private suspectAfter: number
  private deadAfter: number
  // Node -> time of its last heartbeat, for alive and for suspect nodes. A Map iterates in insertion
  // order, and heartbeat times never decrease, so re-inserting a node on every heartbeat keeps each
  // map sorted by last heartbeat: the front is always the next node to time out.
  private alive = new Map<string, number>()
  private suspects = new Map<string, number>()
  private state = new Map<string, string>()

  constructor(suspectAfter: number, deadAfter: number) {
    this.suspectAfter = suspectAfter
    this.deadAfter = deadAfter
  }

  heartbeat(node: string, time: number): void {
    const current = this.state.get(node)
    if (current === 'alive') this.alive.delete(node)
    else if (current === 'suspect') this.suspects.delete(node)
    this.state.set(node, 'alive')
    this.alive.set(node, time) // to the back of the line
  }

  advance(time: number): string[] {
    const changes: [number, string, string][] = [] // [due time, node, new status]
    for (const [node, last] of this.alive) {
      if (last + this.suspectAfter > time) break // everyone behind heartbeated later
      this.alive.delete(node)
      this.suspects.set(node, last)
      this.state.set(node, 'suspect')
      changes.push([last + this.suspectAfter, node, 'suspect'])
    }
    // Nodes that just became suspect are at the back of `suspects`, still in heartbeat order.
    for (const [node, last] of this.suspects) {
      if (last + this.deadAfter > time) break
      this.suspects.delete(node)
      this.state.set(node, 'dead')
      changes.push([last + this.deadAfter, node, 'dead'])
    }
    if (changes.length === 0) return []
    // One node's two changes have different due times, so (due, node) orders everything.
    changes.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    return changes.map((change) => change[1] + ' ' + change[2])
  }

  status(node: string): string {
    return this.state.get(node) ?? 'unknown'
  }
}
