import { useState } from 'react'
import { type Language } from '~/judge/types'
import { fingerprintResult, judgeVerdictOf, type StoredSimResult } from '~/sim/results'
import { type Quantiles, type SimResult, type WorkloadInput } from '~/sim/types'
import { verdictLabels } from '~/utils/verdicts'
import { formatMs, SimDiagram, type DiagramJump } from './sim-diagram'

/** What produced a result, so that "Replay with this seed" can run it again in the browser. */
export interface SimSource {
  code: string
  language: Language
  workload: WorkloadInput
}

type Replay =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; matched: boolean; fingerprint: string; result: SimResult }
  | { status: 'error'; message: string }

/**
 * A simulator run, for a Run in the browser or a submission: the verdict, the checker's explanation,
 * the seed, the stats, the operations the checker points at, and the message diagram with its step
 * slider. "Replay with this seed" runs the same code, workload and seed in the browser and shows whether
 * it reproduced the run exactly (same fingerprint).
 */
export function SimResultPanel({
  result,
  source,
  testIdPrefix = 'sim',
}: {
  result: SimResult | StoredSimResult
  source: SimSource | null
  testIdPrefix?: string
}) {
  const stored = result as StoredSimResult
  const [replay, setReplay] = useState<Replay>({ status: 'idle' })
  const expected = stored.fingerprint ?? fingerprintResult(result)
  const verdict = judgeVerdictOf(result)
  // After a matching replay the diagram shows the replay's whole trace (the stored one may be cut).
  const shown = replay.status === 'done' && replay.matched ? replay.result : result
  const cut = replay.status === 'done' && replay.matched ? undefined : stored.cut

  async function doReplay() {
    if (!source) return
    setReplay({ status: 'running' })
    try {
      const { simulateInBrowser } = await import('~/sim/browser/run-in-browser')
      const replayed = await simulateInBrowser({
        code: source.code,
        language: source.language,
        workload: source.workload,
        seed: result.seed,
      })
      const fingerprint = fingerprintResult(replayed)
      setReplay({
        status: 'done',
        matched: fingerprint === expected,
        fingerprint,
        result: replayed,
      })
    } catch (error) {
      setReplay({ status: 'error', message: (error as Error).message })
    }
  }

  const anomalyOps = [...new Set(result.anomalies.flatMap((anomaly) => anomaly.ops ?? []))].slice(
    0,
    20,
  )
  // The checker's findings as places in the trace: the messages it names, else the requests of the
  // operations it names.
  const jumps: DiagramJump[] = [
    ...result.anomalies
      .filter((anomaly) => anomaly.messages?.length)
      .map((anomaly) => ({ label: anomaly.kind, message: anomaly.messages![0]! })),
    ...anomalyOps.flatMap((index) => {
      const op = result.history[index]
      return op ? [{ label: `${op.client}'s ${op.f} on ${op.node}`, message: op.message }] : []
    }),
  ].slice(0, 8)
  const firstAnomalyMessage = jumps[0]?.message

  return (
    <div className="space-y-4" data-testid={`${testIdPrefix}-result`}>
      <div>
        <p
          className={`text-xl font-bold ${verdict === 'accepted' ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}
          data-testid={`${testIdPrefix}-verdict`}
        >
          {verdictLabels[verdict] ?? verdict}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Workload <code>{result.workload}</code>, seed{' '}
          <span data-testid={`${testIdPrefix}-seed`}>{result.seed}</span> ·{' '}
          {formatMs(result.stats.virtualMs)} of virtual time in {Math.round(result.wallMs)} ms
        </p>
        {stored.runs && stored.runs.length > 0 ? (
          <p className="text-sm">
            Seeds run:{' '}
            {stored.runs.map((run, i) => (
              <span key={run.seed}>
                {i > 0 ? ', ' : ''}
                {run.seed} {run.verdict}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <div className="space-y-1 text-sm" data-testid={`${testIdPrefix}-explanation`}>
        {result.explanation.map((sentence, i) => (
          <p key={i} className={i === 0 ? 'font-medium' : ''}>
            {sentence}
          </p>
        ))}
        {result.error?.position ? (
          <p className="field-error">
            Line {result.error.position.line}
            {result.error.position.column ? `, column ${result.error.position.column}` : ''}
            {result.error.node ? ` (on ${result.error.node})` : ''}
          </p>
        ) : null}
      </div>

      <SimStatsTable result={result} />

      {anomalyOps.length ? <OperationsTable result={result} indices={anomalyOps} /> : null}

      {source ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void doReplay()}
            disabled={replay.status === 'running'}
            data-testid={`${testIdPrefix}-replay`}
          >
            {replay.status === 'running' ? 'Replaying…' : `Replay with seed ${result.seed}`}
          </button>
          <span aria-live="polite" data-testid={`${testIdPrefix}-replay-status`}>
            {replay.status === 'done'
              ? replay.matched
                ? `Replayed in your browser: identical run (fingerprint ${replay.fingerprint}, ${replay.result.trace.messages.length.toLocaleString('en-US')} messages).`
                : `Replayed in your browser: the run differs (fingerprint ${replay.fingerprint}, expected ${expected}). Was the code or the problem version changed?`
              : replay.status === 'error'
                ? `The replay could not run: ${replay.message}`
                : `Fingerprint ${expected}`}
          </span>
        </div>
      ) : null}

      {shown.trace.messages.length ? (
        <section className="space-y-2" aria-label="Message diagram">
          <h4 className="font-semibold">Messages</h4>
          {cut ? (
            <p
              className="text-sm text-amber-800 dark:text-amber-200"
              data-testid={`${testIdPrefix}-trace-cut`}
            >
              The stored trace keeps the first {cut.messages.kept.toLocaleString('en-US')} of{' '}
              {cut.messages.total.toLocaleString('en-US')} messages. Replay this seed to see all of
              them.
            </p>
          ) : null}
          {shown.trace.truncated ? (
            <p className="text-sm">
              The run recorded its first messages and events only;{' '}
              {shown.trace.truncated.messages.toLocaleString('en-US')} messages and{' '}
              {shown.trace.truncated.events.toLocaleString('en-US')} events after that were counted,
              not kept.
            </p>
          ) : null}
          <SimDiagram
            key={`${shown.seed}-${shown.trace.messages.length}`}
            trace={shown.trace}
            jumps={jumps}
            initialMessage={firstAnomalyMessage}
          />
        </section>
      ) : null}
    </div>
  )
}

function SimStatsTable({ result }: { result: SimResult }) {
  const { stats } = result
  const rows: [string, string][] = [
    [
      'Operations',
      `${stats.ops.total.toLocaleString('en-US')} (${stats.ops.ok} ok, ${stats.ops.fail} failed, ${stats.ops.info} indefinite)`,
    ],
    ['Availability', `${(stats.availability * 100).toFixed(1)}%`],
    ['Messages per operation', stats.msgsPerOp.toFixed(2)],
    [
      'Messages',
      `${stats.messages.total.toLocaleString('en-US')} (${stats.messages.serverToServer.toLocaleString('en-US')} between nodes, ${stats.messages.dropped.toLocaleString('en-US')} dropped)`,
    ],
    ['Operation latency', quantiles(stats.latency)],
  ]
  if (stats.stableLatency) rows.push(['Stable latency', quantiles(stats.stableLatency)])
  rows.push([
    'Work',
    `${stats.ticks.toLocaleString('en-US')} ticks, ${stats.timerFirings.toLocaleString('en-US')} timer firings`,
  ])
  return (
    <table className="w-full text-left text-sm" data-testid="sim-stats">
      <caption className="sr-only">Statistics of the run</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 font-medium">
              {label}
            </th>
            <td className="py-1">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function OperationsTable({ result, indices }: { result: SimResult; indices: number[] }) {
  const ops = indices.map((index) => result.history[index]).filter((op) => op !== undefined)
  if (ops.length === 0) return null
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Operations the checker points at"
    >
      <table className="w-full text-left text-xs">
        <caption className="text-left text-sm font-semibold">
          Operations the checker points at
        </caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className="px-1 py-1">
              #
            </th>
            <th scope="col" className="px-1 py-1">
              Client → node
            </th>
            <th scope="col" className="px-1 py-1">
              Time
            </th>
            <th scope="col" className="px-1 py-1">
              Request
            </th>
            <th scope="col" className="px-1 py-1">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody>
          {ops.map((op) => (
            <tr
              key={op.index}
              className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800"
            >
              <td className="px-1 py-1">{op.index}</td>
              <td className="px-1 py-1">
                {op.client} → {op.node}
              </td>
              <td className="whitespace-nowrap px-1 py-1">
                {formatMs(op.invoke)} – {op.complete === null ? '…' : formatMs(op.complete)}
              </td>
              <td className="px-1 py-1 font-mono">{brief(op.request)}</td>
              <td className="px-1 py-1 font-mono">
                {op.status}
                {op.response ? ` ${brief(op.response)}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function brief(body: object) {
  const { msg_id: _id, in_reply_to: _reply, ...rest } = body as Record<string, unknown>
  const text = JSON.stringify(rest)
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}

function quantiles(q: Quantiles) {
  if (q.count === 0) return 'no samples'
  return `p50 ${formatMs(q.p50)}, p95 ${formatMs(q.p95)}, p99 ${formatMs(q.p99)}, max ${formatMs(q.max)} (${q.count.toLocaleString('en-US')} samples)`
}
