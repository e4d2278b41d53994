import { type MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useRootData } from '~/root'

export const meta: MetaFunction = () => [{ title: 'Drill — interview practice' }]

export default function Home() {
  const user = useRootData()?.user
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="text-4xl font-bold tracking-tight">
          {user ? `Welcome back, ${user.displayName}.` : 'Practise the interviews backend and infrastructure engineers actually get.'}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Algorithms judged in a sandbox whose verdicts never flip, distributed systems on a
          fault-injecting network simulator, and on-call incidents you mitigate against the clock.
        </p>
        <div className="flex gap-3">
          <Link to="/tracks" className="btn-primary">
            Browse the tracks
          </Link>
          {user ? null : (
            <Link to="/signup" className="btn-secondary">
              Create an account
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="tracks-heading" className="grid gap-4 md:grid-cols-3">
        <h2 id="tracks-heading" className="sr-only">
          Tracks
        </h2>
        {[
          ['Algorithms', 'Hashing to dynamic programming, with budgets that reject the naive complexity.'],
          ['Distributed systems', 'Build broadcast, counters and logs on a network that drops and partitions.'],
          ['DRI on-call', 'Read dashboards, mitigate first, communicate, then find the root cause.'],
        ].map(([title, text]) => (
          <article key={title} className="card">
            <h3 className="text-lg font-semibold">{title}</h3>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{text}</p>
          </article>
        ))}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
