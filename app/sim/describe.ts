import { type LatencySpec, type WorkloadConfig } from './types'

/** A workload in a few lines a candidate can read: cluster, load, network, faults, budgets, seeds. */
export function describeWorkload(config: WorkloadConfig): string[] {
  const s = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
  const secs = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`)
  const lines = [
    `${s(config.nodeCount, 'node')} (n1${config.nodeCount > 1 ? `…n${config.nodeCount}` : ''}), ${s(config.concurrency, 'client')} each bound to one node.`,
    `${secs(config.durationMs)} of client operations at about ${config.rate.toLocaleString('en-US')} per second, then ${secs(config.recoveryMs)} to recover before the final reads; a client gives up on a request after ${secs(config.clientTimeoutMs)}.`,
    `Network latency ${latency(config.latency)} one way${config.clientLatency ? `, ${latency(config.clientLatency)} to clients and services` : ''}${config.loss > 0 ? `; ${(config.loss * 100).toFixed(0)}% of messages between nodes are lost` : ''}.`,
  ]
  if (config.nemesis) {
    const { faults, intervalMs, durationMs } = config.nemesis
    lines.push(
      `Faults: ${faults.map((fault) => (fault === 'partition' ? 'network partitions' : fault === 'crash' ? 'node crashes (memory lost, then a restart)' : 'paused nodes')).join(', ')}, one at a time, each lasting ${secs(durationMs)}, about every ${secs(intervalMs)}.`,
    )
  } else {
    lines.push('No faults: the network delivers every message.')
  }
  if (config.workload === 'broadcast' || config.workload === 'g-set')
    lines.push(`Topology sent to the nodes: ${config.topology}.`)
  lines.push(config.services.length ? `Services: ${config.services.join(', ')}.` : 'No services.')
  const budgets: string[] = []
  const t = config.thresholds
  if (t?.msgsPerOp !== undefined)
    budgets.push(`at most ${t.msgsPerOp} messages between nodes per operation`)
  if (t?.availability !== undefined)
    budgets.push(`at least ${(t.availability * 100).toFixed(0)}% of operations succeed`)
  if (t?.latency) budgets.push(`operation latency ${quantileText(t.latency)}`)
  if (t?.stableLatency) budgets.push(`stable latency ${quantileText(t.stableLatency)}`)
  if (budgets.length) lines.push(`Budgets: ${budgets.join('; ')}.`)
  lines.push(
    `A submission runs on ${config.seeds.length === 1 ? 'seed' : 'seeds'} ${config.seeds.join(', ')}.`,
  )
  return lines
}

function latency(spec: LatencySpec) {
  if (spec.dist === 'constant') return `${spec.ms} ms`
  if (spec.dist === 'uniform') return `${spec.minMs}–${spec.maxMs} ms`
  return `about ${spec.meanMs} ms (exponential)`
}

function quantileText(limits: { p50?: number; p95?: number; p99?: number; max?: number }) {
  return (['p50', 'p95', 'p99', 'max'] as const)
    .filter((key) => limits[key] !== undefined)
    .map((key) => `${key === 'max' ? 'max' : key} ≤ ${limits[key]} ms`)
    .join(', ')
}
