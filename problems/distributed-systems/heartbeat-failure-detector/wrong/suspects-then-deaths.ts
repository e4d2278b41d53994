// expect: wrong_answer
// Efficient, but returns the changes in the order it finds them: all new suspects (in heartbeat
// order), then all deaths. That is neither time order nor name order: with x@0 and y@8,
// advance(13) gives ["x suspect", "y suspect", "x dead"] although x died at 10, before y became
// suspect at 13; and two nodes due at the same time come out in heartbeat order, not by name.
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
    const changes: string[] = []
    for (const [node, last] of this.alive) {
      if (last + this.suspectAfter > time) break
      this.alive.delete(node)
      this.suspects.set(node, last)
      changes.push(`${node} suspect`)
    }
    for (const [node, last] of this.suspects) {
      if (last + this.deadAfter > time) break
      this.suspects.delete(node)
      this.dead.add(node)
      changes.push(`${node} dead`)
    }
    return changes
  }

  status(node: string): string {
    if (this.alive.has(node)) return 'alive'
    if (this.suspects.has(node)) return 'suspect'
    return this.dead.has(node) ? 'dead' : 'unknown'
  }
}
