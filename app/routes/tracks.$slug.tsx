import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getTrack } from '~/models/problems.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.track.title ?? 'Track'} — Drill` }]

export async function loader({ params }: LoaderFunctionArgs) {
  const track = getTrack({ slug: params.slug! })
  if (!track) throw new Response('There is no track with that name.', { status: 404 })
  return json({ track })
}

const difficultyClass: Record<string, string> = {
  easy: 'text-emerald-700 dark:text-emerald-400',
  medium: 'text-amber-700 dark:text-amber-400',
  hard: 'text-red-700 dark:text-red-400',
}

export default function Track() {
  const { track } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <header>
        <h1 className="page-title mb-2">{track.title}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{track.description}</p>
      </header>
      <ol className="space-y-6">
        {track.modules.map((module, index) => (
          <li key={module.id} className="card">
            <h2 className="text-lg font-semibold">
              {index + 1}. {module.title}
            </h2>
            <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
              {module.items.map((item) => (
                <li key={item.slug} className="flex items-center justify-between py-2">
                  <Link to={`/problems/${item.slug}`} className="link">
                    {item.title}
                  </Link>
                  <span className={`text-sm ${difficultyClass[item.difficulty] ?? ''}`}>{item.difficulty}</span>
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
