// expect: time_limit
// Keeps one record per node and, on every advance, loops over all of them to find the ones that
// timed out. Correct, but O(nodes) per advance even when nothing changes: 5 000 nodes and thousands
// of clock ticks make over ten million checks.
class FailureDetector {
  private suspectAfter: number
  private deadAfter: number
  private nodes = new Map<string, { last: number; status: string }>()

  constructor(suspectAfter: number, deadAfter: number) {
    this.suspectAfter = suspectAfter
    this.deadAfter = deadAfter
  }

  heartbeat(node: string, time: number): void {
    this.nodes.set(node, { last: time, status: 'alive' })
  }

  advance(time: number): string[] {
    const changes: [number, string, string][] = []
    for (const [node, info] of this.nodes) {
      if (info.status === 'alive' && time - info.last >= this.suspectAfter) {
        info.status = 'suspect'
        changes.push([info.last + this.suspectAfter, node, 'suspect'])
      }
      if (info.status === 'suspect' && time - info.last >= this.deadAfter) {
        info.status = 'dead'
        changes.push([info.last + this.deadAfter, node, 'dead'])
      }
    }
    changes.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    return changes.map(([, node, status]) => `${node} ${status}`)
  }

  status(node: string): string {
    return this.nodes.get(node)?.status ?? 'unknown'
  }
}
