import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ProgressBar } from '~/components/progress-bar'
import { getTrackProgress, type ItemState } from '~/models/progress.server'
import { getOptionalUser } from '~/utils/auth.server'
import { problemHref } from '~/utils/problem-pages'
import { jobRoleNames, type JobRole } from '~/utils/roles'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.track.title ?? 'Track'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const track = getTrackProgress({ slug: params.slug!, userId: user?.id ?? null, now: Date.now() })
  if (!track) throw new Response('There is no track with that name.', { status: 404 })
  return json({ track, signedIn: Boolean(user) })
}

const difficultyClass: Record<string, string> = {
  easy: 'text-emerald-700 dark:text-emerald-400',
  medium: 'text-amber-700 dark:text-amber-400',
  hard: 'text-red-700 dark:text-red-400',
}

const itemStateLabels: Record<ItemState, string> = { new: 'New', attempted: 'Attempted', solved: 'Solved', due: 'Due for review' }
const stateClass: Record<ItemState, string> = {
  new: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  attempted: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  solved: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  due: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
}

export default function Track() {
  const { track, signedIn } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="page-title mb-0">{track.title}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{track.description}</p>
        <p className="text-sm">For: {track.roles.map((r) => jobRoleNames[r as JobRole] ?? r).join(' · ')}</p>
        <div className="max-w-md">
          <ProgressBar value={track.solved} total={track.total} label="Track completion" />
        </div>
        {!signedIn ? (
          <p className="text-sm">
            <Link to={`/signup?redirectTo=/tracks/${track.slug}`} className="link">
              Sign up
            </Link>{' '}
            to keep your progress through this track.
          </p>
        ) : null}
      </header>
      <ol className="space-y-6">
        {track.modules.map((module, index) => (
          <li key={module.id} className="card space-y-3" aria-labelledby={`module-${module.slug}`}>
            <h2 id={`module-${module.slug}`} className="text-lg font-semibold">
              {index + 1}. {module.title}
            </h2>
            <ProgressBar value={module.solved} total={module.total} label={`${module.title} completion`} />
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {module.items.map((item) => (
                <li key={item.slug} className="flex items-center justify-between gap-3 py-2" data-testid={`item-${item.slug}`}>
                  <Link to={problemHref(item.slug, item.kind)} className="link">
                    {item.title}
                  </Link>
                  <span className="flex items-center gap-3">
                    <span className={`rounded-full px-2 py-0.5 text-xs ${stateClass[item.state]}`} data-testid="item-state">
                      {itemStateLabels[item.state]}
                    </span>
                    {item.kind !== 'code' ? <span className="text-xs text-slate-600 dark:text-slate-400">{item.kind}</span> : null}
                    <span className={`w-16 text-right text-sm capitalize ${difficultyClass[item.difficulty] ?? ''}`}>{item.difficulty}</span>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
