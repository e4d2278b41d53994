import { duration } from './format'
import { type QuantileLimits, type SimStats, type Thresholds } from './types'

const QUANTILE_NAMES: Record<keyof QuantileLimits, string> = {
  p50: 'median',
  p95: '95th-percentile',
  p99: '99th-percentile',
  max: 'maximum',
}

const round = (value: number, digits = 2) => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** One sentence per threshold the run went over, saying which and by how much. */
export function evaluateThresholds(thresholds: Thresholds | undefined, stats: SimStats): string[] {
  if (!thresholds) return []
  const over: string[] = []
  if (thresholds.msgsPerOp !== undefined && stats.msgsPerOp > thresholds.msgsPerOp) {
    const by = stats.msgsPerOp - thresholds.msgsPerOp
    over.push(
      `Messages per operation were ${round(stats.msgsPerOp)}, over the limit of ${thresholds.msgsPerOp} by ${round(by)} (${Math.round((by / thresholds.msgsPerOp) * 100)}%): ${stats.messages.serverToServer.toLocaleString('en-US')} server-to-server messages for ${stats.ops.total.toLocaleString('en-US')} client operations.`,
    )
  }
  if (thresholds.availability !== undefined && stats.availability < thresholds.availability) {
    const pct = (value: number) => `${round(value * 100, 1)}%`
    over.push(
      `Availability was ${pct(stats.availability)} (${stats.ops.ok.toLocaleString('en-US')} of ${stats.ops.total.toLocaleString('en-US')} operations succeeded), under the minimum of ${pct(thresholds.availability)} by ${round((thresholds.availability - stats.availability) * 100, 1)} points.`,
    )
  }
  const quantileChecks: Array<
    [QuantileLimits | undefined, SimStats['latency'] | undefined, string]
  > = [
    [thresholds.latency, stats.latency, 'operation latency'],
    [
      thresholds.stableLatency,
      stats.stableLatency,
      'stable latency (from a broadcast until every read sees it)',
    ],
  ]
  for (const [limits, measured, label] of quantileChecks) {
    if (!limits || !measured) continue
    for (const key of ['p50', 'p95', 'p99', 'max'] as const) {
      const limit = limits[key]
      if (limit === undefined || measured[key] <= limit) continue
      over.push(
        `The ${QUANTILE_NAMES[key]} ${label} was ${duration(measured[key])}, over the limit of ${duration(limit)} by ${duration(measured[key] - limit)}.`,
      )
    }
  }
  return over
}
