import { Form, useNavigation } from '@remix-run/react'
import { useEffect, useState, type ReactNode } from 'react'
import { type CandidateView, type Debrief } from '~/incident'
import { formatDuration } from '~/incident/time'
import { MetricChart } from './incident-charts'

const metricTitles: Record<string, string> = {
  errorRate: 'Error rate',
  p99: 'Latency p99',
  p95: 'Latency p95',
  p50: 'Latency p50',
  rps: 'Requests',
  cpu: 'CPU',
  memory: 'Memory',
  queue: 'Queue depth',
}
const metricOrder = ['errorRate', 'p99', 'rps', 'cpu', 'queue', 'memory', 'p95', 'p50']

function costOf(view: CandidateView, type: string) {
  const cost = view.catalogue.actions.find((a) => a.type === type)?.cost
  return cost ? ` (${formatDuration(cost)})` : ''
}

/** One action: a small form posting `intent=incident-action`, its type and parameters; works without JavaScript. */
function ActionForm({ type, label, view, children, attemptId }: { type: string; label: string; view: CandidateView; children?: ReactNode; attemptId: number }) {
  const navigation = useNavigation()
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2 border-b border-slate-100 py-2 last:border-0 dark:border-slate-800">
      <input type="hidden" name="intent" value="incident-action" />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="type" value={type} />
      {children}
      <button type="submit" className="btn-secondary px-2 py-1 text-sm" disabled={navigation.state !== 'idle'}>
        {label}
        <span className="text-xs text-slate-600 dark:text-slate-400">{costOf(view, type)}</span>
      </button>
    </Form>
  )
}

function Select({ name, label, options, id }: { name: string; label: string; options: { value: string; label: string }[]; id: string }) {
  return (
    <label htmlFor={id} className="text-xs">
      <span className="block">{label}</span>
      <select id={id} name={name} className="input w-auto py-1 text-sm">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function Input({ name, label, id, defaultValue, type = 'text', width = 'w-40' }: { name: string; label: string; id: string; defaultValue?: string; type?: string; width?: string }) {
  return (
    <label htmlFor={id} className="text-xs">
      <span className="block">{label}</span>
      <input id={id} name={name} type={type} defaultValue={defaultValue} className={`input py-1 text-sm ${width}`} />
    </label>
  )
}

/** The on-call console: what fired, dashboards, logs, changes, the action menu with time costs, the timeline. */
export function IncidentConsole({ view, attemptId, error }: { view: CandidateView; attemptId: number; error?: string | null }) {
  const [charts, setCharts] = useState(false)
  useEffect(() => setCharts(true), [])
  const services = view.services.map((s) => ({ value: s.id, label: s.name }))
  const regions = view.regions.map((r) => ({ value: r.id, label: r.name }))
  const hosts = view.services.flatMap((s) => s.hosts.map((h) => ({ value: h.name, label: `${h.name} (${s.id}, ${h.region}${h.status !== 'up' ? `, ${h.status}` : ''})` })))
  const dependencies = view.services.flatMap((s) => s.dependencies.map((d) => ({ value: `${s.id}>${d.service}`, label: `${s.id} → ${d.service}` })))
  const diagnostics = [...new Set(Object.values(view.catalogue.diagnostics).flat())].map((c) => ({ value: c, label: c }))
  const firing = view.alerts.filter((a) => a.state === 'firing')
  return (
    <div className="space-y-6" data-testid="incident-console">
      <section aria-label="Incident status" className="card flex flex-wrap items-center gap-x-6 gap-y-2">
        <p className="text-lg font-bold" data-testid="incident-clock">
          {view.clock}
        </p>
        <p className="text-sm">Paged at {view.pagedAt}</p>
        <p className="text-sm">{formatDuration(view.remaining)} left</p>
        <p className="text-sm">Severity: {view.communication.severity ?? 'not declared'}</p>
        <p className="text-sm">{firing.length} alert{firing.length === 1 ? '' : 's'} firing</p>
      </section>
      {error ? (
        <p role="alert" className="field-error" data-testid="incident-error">
          {error}
        </p>
      ) : null}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="alerts-heading" className="card space-y-2">
            <h2 id="alerts-heading" className="font-semibold">
              Alerts
            </h2>
            <ul className="space-y-1 text-sm" data-testid="alerts">
              {view.alerts.map((a, i) => (
                <li key={i} className={a.state === 'firing' ? 'text-red-800 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}>
                  <span className="font-mono">{a.firedClock}</span> [{a.severity}] <strong>{a.name}</strong> — {a.summary} ({a.state})
                </li>
              ))}
            </ul>
          </section>

          {view.dashboards.map((d) => (
            <section key={d.service} aria-label={`Dashboard: ${d.service}`} className="card space-y-2" data-testid={`dashboard-${d.service}`}>
              <h2 className="font-semibold">Dashboard: {d.service}</h2>
              <table className="text-xs">
                <caption className="sr-only">Latest values for {d.service}</caption>
                <tbody>
                  <tr>
                    {metricOrder.map((m) => {
                      const metric = d.metrics[m as keyof typeof d.metrics]
                      const series = metric.series.all ?? Object.values(metric.series)[0] ?? []
                      return (
                        <td key={m} className="pr-3">
                          {metricTitles[m]}: <strong>{series.at(-1) ?? '—'}</strong> {metric.unit}
                        </td>
                      )
                    })}
                  </tr>
                </tbody>
              </table>
              <div className="grid gap-2 md:grid-cols-2" aria-hidden="true">
                {charts
                  ? metricOrder.map((m) => {
                      const metric = d.metrics[m as keyof typeof d.metrics]
                      return <MetricChart key={m} title={metricTitles[m]!} unit={metric.unit} times={d.times} series={metric.series} />
                    })
                  : null}
              </div>
            </section>
          ))}

          {view.logSearches.length ? (
            <section aria-labelledby="logs-heading" className="card space-y-3">
              <h2 id="logs-heading" className="font-semibold">
                Log searches
              </h2>
              {[...view.logSearches].reverse().map((s) => (
                <details key={s.index} open={s.index === view.logSearches.at(-1)!.index} data-testid="log-search">
                  <summary className="cursor-pointer text-sm">
                    {s.clock} · {s.service} · “{s.query || '*'}” · last {formatDuration(s.window)} · {s.lines.length} line{s.lines.length === 1 ? '' : 's'}
                    {s.truncated ? ' (more not shown)' : ''}
                  </summary>
                  <pre className="mt-2 max-h-72 overflow-auto rounded bg-slate-950 p-2 text-xs text-slate-100">
                    {s.lines.map((l) => `${l.time} ${l.host} ${l.level.toUpperCase()} ${l.text}`).join('\n') || '(no matching lines)'}
                  </pre>
                </details>
              ))}
            </section>
          ) : null}

          {view.changes ? (
            <section aria-labelledby="changes-heading" className="card space-y-2">
              <h2 id="changes-heading" className="font-semibold">
                Deploys and config changes
              </h2>
              <ul className="space-y-1 text-sm" data-testid="changes">
                {view.changes.map((c) => (
                  <li key={c.id}>
                    <span className="font-mono">{c.clock}</span> {c.kind} {c.service ? `· ${c.service}` : ''} {c.version ? `· ${c.version}` : ''} — {c.summary} ({c.author}) <span className="text-xs text-slate-500">id {c.id}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {view.dependencyChecks.length || view.outputs.length ? (
            <section aria-labelledby="results-heading" className="card space-y-3">
              <h2 id="results-heading" className="font-semibold">
                Checks and diagnostics
              </h2>
              {view.dependencyChecks.map((c) => (
                <div key={c.index} className="text-sm">
                  <p className="font-medium">
                    {c.clock} · {c.service} → {c.dependency}
                  </p>
                  <ul className="list-disc pl-5">
                    {c.regions.map((r) => (
                      <li key={r.region}>
                        {r.region}: {r.status}, errors {(r.errorRate * 100).toFixed(2)}%, p50 {r.p50} ms, p99 {r.p99} ms{r.message ? ` — ${r.message}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {view.outputs.map((o) => (
                <div key={o.index}>
                  <p className="text-sm font-medium">
                    {o.clock} · {o.title}
                  </p>
                  <pre className="max-h-60 overflow-auto rounded bg-slate-950 p-2 text-xs text-slate-100">{o.output}</pre>
                </div>
              ))}
            </section>
          ) : null}
        </div>

        <div className="min-w-0 space-y-6">
          <section aria-labelledby="actions-heading" className="card">
            <h2 id="actions-heading" className="font-semibold">
              Actions <span className="text-xs font-normal">(each takes the time shown)</span>
            </h2>
            <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Investigate</h3>
            <ActionForm type="open-dashboard" label="Open dashboard" view={view} attemptId={attemptId}>
              <Select id="dash-service" name="service" label="Service" options={services} />
            </ActionForm>
            <ActionForm type="search-logs" label="Search logs" view={view} attemptId={attemptId}>
              <Select id="logs-service" name="service" label="Service" options={services} />
              <Input id="logs-query" name="query" label="Filter (words, -exclude, level:error)" />
              <Input id="logs-window" name="window" label="Window" defaultValue="15m" width="w-20" />
            </ActionForm>
            <ActionForm type="view-changes" label="View deploys and config changes" view={view} attemptId={attemptId} />
            {dependencies.length ? (
              <ActionForm type="check-dependency" label="Check dependency" view={view} attemptId={attemptId}>
                <Select id="dep-pair" name="pair" label="Caller → dependency" options={dependencies} />
              </ActionForm>
            ) : null}
            {hosts.length && diagnostics.length ? (
              <ActionForm type="run-diagnostic" label="Run diagnostic" view={view} attemptId={attemptId}>
                <Select id="diag-host" name="host" label="Host" options={hosts} />
                <Select id="diag-command" name="command" label="Command" options={diagnostics} />
              </ActionForm>
            ) : null}

            <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Mitigate</h3>
            <ActionForm type="rollback" label="Roll back" view={view} attemptId={attemptId}>
              <Select id="rb-service" name="service" label="Service" options={services} />
              <Input id="rb-change" name="change" label="Change id (optional)" width="w-32" />
            </ActionForm>
            {regions.length > 1 ? (
              <>
                <ActionForm type="failover" label="Fail over" view={view} attemptId={attemptId}>
                  <Select id="fo-from" name="from" label="From region" options={regions} />
                  <Select id="fo-to" name="to" label="To region" options={regions} />
                  <Input id="fo-percent" name="percent" label="% of traffic" defaultValue="100" type="number" width="w-20" />
                </ActionForm>
                <ActionForm type="fail-back" label="Fail back" view={view} attemptId={attemptId}>
                  <Select id="fb-region" name="region" label="Region" options={regions} />
                </ActionForm>
              </>
            ) : null}
            <ActionForm type="scale-out" label="Scale out" view={view} attemptId={attemptId}>
              <Select id="so-service" name="service" label="Service" options={services} />
              <Select id="so-region" name="region" label="Region" options={[{ value: '', label: 'all' }, ...regions]} />
              <Input id="so-hosts" name="hosts" label="Hosts" defaultValue="2" type="number" width="w-16" />
            </ActionForm>
            <ActionForm type="restart" label="Restart" view={view} attemptId={attemptId}>
              <Select id="rs-service" name="service" label="Service" options={[{ value: '', label: '—' }, ...services]} />
              <Select id="rs-host" name="host" label="or one host" options={[{ value: '', label: '—' }, ...hosts]} />
            </ActionForm>
            {hosts.length ? (
              <>
                <ActionForm type="drain" label="Drain host" view={view} attemptId={attemptId}>
                  <Select id="dr-host" name="host" label="Host" options={hosts} />
                </ActionForm>
                <ActionForm type="undrain" label="Undrain host" view={view} attemptId={attemptId}>
                  <Select id="ud-host" name="host" label="Host" options={hosts} />
                </ActionForm>
              </>
            ) : null}
            {view.flags.length ? (
              <ActionForm type="disable-flag" label="Turn off flag" view={view} attemptId={attemptId}>
                <Select id="flag" name="flag" label="Feature flag" options={view.flags.map((f) => ({ value: f.name, label: `${f.name} (${f.on ? 'on' : 'off'})` }))} />
              </ActionForm>
            ) : null}
            <ActionForm type="shed-load" label="Shed load" view={view} attemptId={attemptId}>
              <Select id="sl-service" name="service" label="Service" options={services} />
              <Input id="sl-percent" name="percent" label="% shed (≤ 90)" defaultValue="20" type="number" width="w-20" />
            </ActionForm>
            {view.catalogue.custom.map((c) => (
              <ActionForm key={c.id} type="custom" label={c.label} view={view} attemptId={attemptId}>
                <input type="hidden" name="id" value={c.id} />
                {c.description ? <span className="w-full text-xs">{c.description}</span> : null}
              </ActionForm>
            ))}

            <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Communicate</h3>
            <ActionForm type="declare-severity" label="Declare severity" view={view} attemptId={attemptId}>
              <Select id="sev" name="level" label="Severity" options={['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((l) => ({ value: l, label: l }))} />
            </ActionForm>
            <ActionForm type="post-status" label="Post status update" view={view} attemptId={attemptId}>
              <Input id="status-message" name="message" label="Update for customers and stakeholders" width="w-72" />
            </ActionForm>
            <ActionForm type="page-team" label="Page team" view={view} attemptId={attemptId}>
              <Select id="page-team" name="team" label="Team" options={view.teams.map((t) => ({ value: t.id, label: t.name }))} />
            </ActionForm>

            <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Time</h3>
            <ActionForm type="wait" label="Wait and watch" view={view} attemptId={attemptId}>
              <Select id="wait" name="seconds" label="For" options={['1m', '2m', '5m', '10m'].map((d) => ({ value: d, label: d }))} />
            </ActionForm>
          </section>

          <section aria-labelledby="resolve-heading" className="card space-y-2">
            <h2 id="resolve-heading" className="font-semibold">
              Resolve the incident
            </h2>
            <p className="text-sm">When customers are no longer affected, say what caused it. This ends the incident.</p>
            <Form method="post" className="space-y-2">
              <input type="hidden" name="intent" value="incident-action" />
              <input type="hidden" name="attemptId" value={attemptId} />
              <input type="hidden" name="type" value="resolve" />
              <fieldset>
                <legend className="text-sm font-medium">{view.rootCauseQuestion.question}</legend>
                {view.rootCauseQuestion.options.map((o) => (
                  <label key={o.id} className="flex items-start gap-2 text-sm">
                    <input type="radio" name="rootCause" value={o.id} required className="mt-1" />
                    {o.text}
                  </label>
                ))}
              </fieldset>
              <label htmlFor="rc-explanation" className="label">
                In your own words: what happened, and what evidence showed it?
              </label>
              <textarea id="rc-explanation" name="explanation" rows={4} className="input text-sm" />
              <button type="submit" className="btn-primary">
                Resolve and see the debrief
              </button>
            </Form>
          </section>

          <section aria-labelledby="timeline-heading" className="card space-y-2">
            <h2 id="timeline-heading" className="font-semibold">
              Timeline
            </h2>
            <ol className="space-y-1 text-sm" data-testid="timeline">
              {view.timeline.map((entry, i) => (
                <li key={i} className={entry.kind === 'event' ? 'text-slate-600 dark:text-slate-400' : ''}>
                  <span className="font-mono">{entry.clock}</span> {entry.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  )
}

/** After the end: the score and its parts, what really happened, the ideal path, and the postmortem form. */
export function IncidentDebrief({ debrief, attemptId, postmortem }: { debrief: Debrief; attemptId: number; postmortem: string | null }) {
  const navigation = useNavigation()
  return (
    <div className="space-y-6" data-testid="debrief">
      <section className="card space-y-3">
        <h2 className="text-xl font-semibold">
          Debrief: <span data-testid="debrief-score">{debrief.score}</span>/100
        </h2>
        <p className="text-sm">
          Ended at {debrief.ended.clock} ({debrief.ended.reason === 'resolved' ? 'you resolved it' : 'time ran out'}).{' '}
          {debrief.timeToMitigate === null ? 'Not mitigated.' : `Mitigated ${formatDuration(debrief.timeToMitigate)} after the page.`} Customer impact:{' '}
          {debrief.impact.badRequests.toLocaleString('en')} extra failed or slow requests, {debrief.impact.errorBudgetPercent}% of the 30-day error budget.
        </p>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Score breakdown</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Points</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {debrief.breakdown.map((item) => (
              <tr key={item.id} className="align-top" data-testid={`score-${item.id}`}>
                <td className="py-1 pr-2">{item.label}</td>
                <td className="py-1 pr-2 whitespace-nowrap">
                  {item.points} / {item.max}
                </td>
                <td className="py-1">
                  <ul className="list-disc pl-4">
                    {item.detail.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card space-y-2">
        <h2 className="font-semibold">Root cause</h2>
        <p className="text-sm">{debrief.rootCause.question}</p>
        <p className="text-sm">
          Your answer: {debrief.rootCause.answerText ?? 'none'} — {debrief.rootCause.right ? 'right' : 'not right'}. The cause: <strong>{debrief.rootCause.correctText}</strong>
        </p>
        <p className="text-sm">{debrief.rootCause.explanation}</p>
        <h3 className="text-sm font-semibold">What was really going on</h3>
        <ul className="list-disc pl-5 text-sm">
          {debrief.faults.map((f) => (
            <li key={f.id}>
              {f.service}: {f.description}
            </li>
          ))}
        </ul>
      </section>

      {debrief.ideal ? (
        <section className="card space-y-2">
          <h2 className="font-semibold">The ideal path (scores {debrief.ideal.score})</h2>
          {debrief.ideal.summary ? <p className="text-sm">{debrief.ideal.summary}</p> : null}
          <ol className="space-y-1 text-sm" data-testid="ideal-path">
            {debrief.ideal.steps.map((s, i) => (
              <li key={i}>
                <span className="font-mono">{s.clock}</span> {describeAction(s.action)}
                {s.note ? <span className="text-slate-600 dark:text-slate-400"> — {s.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="card space-y-2">
        <h2 className="font-semibold">Your actions</h2>
        <ol className="space-y-1 text-sm">
          {debrief.actions.map((a) => (
            <li key={a.index}>
              <span className="font-mono">{a.clock}</span> {a.summary}{' '}
              <span className={a.verdict === 'harmful' ? 'text-red-700 dark:text-red-400' : a.verdict === 'wasted' ? 'text-amber-700 dark:text-amber-400' : ''}>
                ({a.verdict}
                {a.penalty ? `, −${a.penalty}` : ''})
              </span>
              {a.note ? <span className="text-slate-600 dark:text-slate-400"> — {a.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="card space-y-2">
        <h2 className="font-semibold">Postmortem</h2>
        <p className="text-sm">Write it as you would for your team: impact, timeline, root cause, what went well, what to change. A mentor of your group can review it.</p>
        <Form method="post" className="space-y-2">
          <input type="hidden" name="intent" value="postmortem" />
          <input type="hidden" name="attemptId" value={attemptId} />
          <label htmlFor="postmortem" className="sr-only">
            Postmortem
          </label>
          <textarea id="postmortem" name="postmortem" rows={10} defaultValue={postmortem ?? ''} className="input text-sm" />
          <button type="submit" className="btn-primary" disabled={navigation.state !== 'idle'}>
            {postmortem ? 'Update the postmortem' : 'Save the postmortem'}
          </button>
          {postmortem ? <p className="text-sm text-emerald-700 dark:text-emerald-400">Saved.</p> : null}
        </Form>
      </section>
    </div>
  )
}

function describeAction(action: Record<string, unknown>) {
  const { type, ...rest } = action
  const params = Object.entries(rest)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ')
  return params ? `${String(type)} (${params})` : String(type)
}
