import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getPlan } from '~/models/plans.server'
import { countDueReviews } from '~/models/reviews.server'
import { useRootData } from '~/root'
import { getOptionalUser } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Drill — interview practice' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  if (!user) return json({ dueToday: null, plan: null })
  const plan = getPlan({ userId: user.id })
  return json({
    dueToday: countDueReviews({ userId: user.id, now: Date.now() }),
    plan: plan ? plan.plan.tracks.map((t) => ({ slug: t.slug, title: t.title, modules: t.modules.length })) : null,
  })
}

export default function Home() {
  const user = useRootData()?.user
  const { dueToday, plan } = useLoaderData<typeof loader>()
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
      {user && dueToday !== null ? (
        <section aria-labelledby="today-heading" className="grid gap-4 md:grid-cols-2">
          <div className="card space-y-2">
            <h2 id="today-heading" className="text-lg font-semibold">
              Due today
            </h2>
            <p data-testid="due-today">
              {dueToday === 0 ? 'Nothing to review today.' : `${dueToday} problem${dueToday === 1 ? '' : 's'} to re-solve before you forget ${dueToday === 1 ? 'it' : 'them'}.`}
            </p>
            <Link to="/review" className="link text-sm">
              Open the review queue
            </Link>
          </div>
          <div className="card space-y-2">
            <h2 className="text-lg font-semibold">Your plan</h2>
            {plan ? (
              <ul className="text-sm">
                {plan.map((t) => (
                  <li key={t.slug}>
                    <Link to={`/tracks/${t.slug}`} className="link">
                      {t.title}
                    </Link>{' '}
                    · {t.modules} module{t.modules === 1 ? '' : 's'}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">No plan yet.</p>
            )}
            <Link to="/plan" className="link text-sm">
              {plan ? 'Change your plan' : 'Build one from a job posting or a role'}
            </Link>
          </div>
        </section>
      ) : null}
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
