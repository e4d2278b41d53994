import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ActivityHeatmap, DifficultyChart, TagChart } from '~/components/progress-charts'
import { ProgressBar } from '~/components/progress-bar'
import { getProgressOverview } from '~/models/progress.server'
import { countDueReviews } from '~/models/reviews.server'
import { requireUser } from '~/utils/auth.server'
import { verdictLabels } from '~/utils/verdicts'

export const meta: MetaFunction = () => [{ title: 'Progress — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const now = Date.now()
  return json({ ...getProgressOverview({ userId: user.id, now }), dueToday: countDueReviews({ userId: user.id, now }) })
}

export default function ProgressPage() {
  const data = useLoaderData<typeof loader>()
  // Charts draw in the browser; the tables beside them carry the same numbers for everyone else.
  const [charts, setCharts] = useState(false)
  useEffect(() => setCharts(true), [])
  const activeDays = data.activity.filter((d) => d.count > 0).length
  const total = data.activity.reduce((sum, d) => sum + d.count, 0)
  const difficulties = Object.entries(data.byDifficulty).map(([difficulty, count]) => ({ difficulty, count }))
  return (
    <div className="space-y-8">
      <h1 className="page-title">Your progress</h1>
      <dl className="grid gap-4 sm:grid-cols-4">
        {[
          ['Solved', data.solvedCount, 'solved-count'],
          ['Attempted', data.attemptedCount, 'attempted-count'],
          ['Current streak', `${data.streak} day${data.streak === 1 ? '' : 's'}`, 'streak'],
          ['Due for review today', data.dueToday, 'due-count'],
        ].map(([label, value, id]) => (
          <div key={label as string} className="card">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-bold" data-testid={id as string}>
              {value}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="activity-heading" className="card space-y-2">
        <h2 id="activity-heading" className="text-lg font-semibold">
          Activity
        </h2>
        <p className="text-sm">
          {total} submission{total === 1 ? '' : 's'} in the last year, on {activeDays} day{activeDays === 1 ? '' : 's'}.
        </p>
        <div className="overflow-x-auto" aria-hidden="true">
          {charts ? <ActivityHeatmap days={data.activity} /> : <div className="h-[150px]" />}
        </div>
      </section>

      <section aria-labelledby="tracks-heading" className="space-y-4">
        <h2 id="tracks-heading" className="text-lg font-semibold">
          Tracks
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {data.tracks.map((track) => (
            <div key={track.slug} className="card space-y-3" data-testid={`progress-track-${track.slug}`}>
              <h3 className="font-semibold">
                <Link to={`/tracks/${track.slug}`} className="link">
                  {track.title}
                </Link>
              </h3>
              <ProgressBar value={track.solved} total={track.total} label="Whole track" />
              <details>
                <summary className="cursor-pointer text-sm">Modules</summary>
                <div className="mt-2 space-y-2">
                  {track.modules.map((m) => (
                    <ProgressBar key={m.slug} value={m.solved} total={m.total} label={m.title} />
                  ))}
                </div>
              </details>
            </div>
          ))}
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="difficulty-heading" className="card space-y-2">
          <h2 id="difficulty-heading" className="text-lg font-semibold">
            Solved by difficulty
          </h2>
          <div aria-hidden="true">{charts ? <DifficultyChart data={difficulties} /> : <div className="h-[180px]" />}</div>
          <table className="text-sm">
            <caption className="sr-only">Solved problems by difficulty</caption>
            <tbody>
              {difficulties.map((d) => (
                <tr key={d.difficulty}>
                  <th scope="row" className="pr-4 text-left font-normal capitalize">
                    {d.difficulty}
                  </th>
                  <td data-testid={`difficulty-${d.difficulty}`}>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="tags-heading" className="card space-y-2">
          <h2 id="tags-heading" className="text-lg font-semibold">
            Solved by tag
          </h2>
          {data.byTag.length === 0 ? <p className="text-sm">Nothing solved yet.</p> : null}
          <div aria-hidden="true" className="overflow-x-auto">
            {charts && data.byTag.length ? <TagChart data={data.byTag.slice(0, 12)} /> : null}
          </div>
          <p className="sr-only">{data.byTag.map((t) => `${t.tag}: ${t.count}`).join(', ')}</p>
        </section>
      </div>

      <section aria-labelledby="weak-heading" className="card space-y-2">
        <h2 id="weak-heading" className="text-lg font-semibold">
          Weakest tags
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Failed attempts per solved problem: where practice pays most.</p>
        {data.weakest.length === 0 ? (
          <p className="text-sm">No failed attempts yet.</p>
        ) : (
          <table className="w-full max-w-lg text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Failed</th>
                <th scope="col">Solved</th>
                <th scope="col">Failed per solve</th>
              </tr>
            </thead>
            <tbody>
              {data.weakest.map((w) => (
                <tr key={w.tag}>
                  <td>{w.tag}</td>
                  <td>{w.failed}</td>
                  <td>{w.solved}</td>
                  <td>{w.ratio.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="incidents-heading" className="card space-y-2">
        <h2 id="incidents-heading" className="text-lg font-semibold">
          Incident drills
        </h2>
        {data.incidents.length === 0 ? (
          <p className="text-sm">
            No incidents taken yet; the{' '}
            <Link to="/tracks/dri-oncall" className="link">
              DRI on-call track
            </Link>{' '}
            has them.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="incident-attempts">
            {data.incidents.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                <Link to={`/incidents/${a.slug}`} className="link">
                  {a.title}
                </Link>
                <span>
                  {a.score}/100 · {a.endedAt ? new Date(a.endedAt).toISOString().slice(0, 10) : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-heading" className="card space-y-2">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent submissions
        </h2>
        {data.recent.length === 0 ? <p className="text-sm">None yet.</p> : null}
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="recent">
          {data.recent.map((s) => (
            <li key={s.id} className="flex flex-wrap justify-between gap-2 py-1.5">
              <Link to={`/submissions/${s.id}`} className="link">
                {s.title}
              </Link>
              <span>
                {s.status === 'done' ? verdictLabels[s.verdict ?? ''] ?? s.verdict : s.status} · {new Date(s.createdAt).toISOString().slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
