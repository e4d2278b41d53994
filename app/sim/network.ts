import { type Prng } from './prng'
import { type FaultKind, type LatencySpec, type NemesisConfig, type PartitionShape } from './types'

/** A one-way delay in integer microseconds drawn from `spec`. */
export function sampleLatency(spec: LatencySpec, rng: Prng): number {
  let ms: number
  switch (spec.dist) {
    case 'constant':
      ms = spec.ms
      break
    case 'uniform':
      ms = spec.minMs + rng.next() * (spec.maxMs - spec.minMs)
      break
    case 'exponential':
      // Capped at 10× the mean so one unlucky draw cannot stall a whole run.
      ms = Math.min(rng.exponential(spec.meanMs), 10 * spec.meanMs)
      break
  }
  return Math.max(0, Math.round(ms * 1000))
}

/** One fault of the schedule, in microseconds of virtual time. */
export interface FaultWindow {
  kind: FaultKind
  start: number
  end: number
  /** Crash and pause: the node. */
  node?: string
  /** Partition: the groups that can still talk among themselves. */
  groups?: string[][]
}

/**
 * The main phase's fault schedule, drawn up front from the nemesis stream: one fault at a time, a
 * quiet gap of 0.5–1.5 × `intervalMs` before each, every fault over by `end` (when the network heals).
 */
export function planFaults(
  nemesis: NemesisConfig | undefined,
  nodeIds: readonly string[],
  rng: Prng,
  start: number,
  end: number,
): FaultWindow[] {
  if (!nemesis) return []
  const kinds = nemesis.faults.filter((kind) => kind !== 'partition' || nodeIds.length >= 2)
  if (kinds.length === 0) return []
  const shapes: PartitionShape[] = nemesis.partitions ?? ['halves', 'isolate']
  const windows: FaultWindow[] = []
  let t = start + Math.round(nemesis.intervalMs * 1000 * (0.5 + rng.next()))
  while (t < end) {
    const kind = rng.pick(kinds)
    const stop = Math.min(end, t + nemesis.durationMs * 1000)
    const window: FaultWindow = { kind, start: t, end: stop }
    if (kind === 'partition') {
      const shuffled = rng.shuffled(nodeIds)
      const shape = rng.pick(shapes)
      const cut = shape === 'isolate' ? 1 : Math.floor(shuffled.length / 2)
      window.groups = [shuffled.slice(0, cut).sort(byNodeId), shuffled.slice(cut).sort(byNodeId)]
    } else {
      window.node = rng.pick(nodeIds)
    }
    windows.push(window)
    t = stop + Math.round(nemesis.intervalMs * 1000 * (0.5 + rng.next()))
  }
  return windows
}

/** n2 before n10. */
export function byNodeId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

/** "n1 n2 | n3 n4 n5" */
export function describeGroups(groups: readonly string[][]): string {
  return groups.map((group) => group.join(' ')).join(' | ')
}

/** Maelstrom's topologies, as the neighbour lists of the `topology` message. */
export function makeTopology(
  kind: 'grid' | 'line' | 'tree' | 'total' | 'star',
  nodeIds: readonly string[],
): Record<string, string[]> {
  const n = nodeIds.length
  const neighbours: string[][] = nodeIds.map(() => [])
  const link = (a: number, b: number) => {
    if (a === b || neighbours[a]!.includes(nodeIds[b]!)) return
    neighbours[a]!.push(nodeIds[b]!)
    neighbours[b]!.push(nodeIds[a]!)
  }
  if (kind === 'total') {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) link(a, b)
  } else if (kind === 'line') {
    for (let a = 0; a + 1 < n; a++) link(a, a + 1)
  } else if (kind === 'star') {
    for (let a = 1; a < n; a++) link(0, a)
  } else if (kind === 'tree') {
    for (let a = 1; a < n; a++) link(a, Math.floor((a - 1) / 2))
  } else {
    const side = Math.ceil(Math.sqrt(n))
    for (let a = 0; a < n; a++) {
      if ((a + 1) % side !== 0 && a + 1 < n) link(a, a + 1)
      if (a + side < n) link(a, a + side)
    }
  }
  const topology: Record<string, string[]> = {}
  nodeIds.forEach((id, i) => (topology[id] = neighbours[i]!.sort(byNodeId)))
  return topology
}
