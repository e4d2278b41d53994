import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getProblemForCandidate } from '~/models/problems.server'
import { listUserSubmissions } from '~/models/submissions.server'
import { requireUser } from '~/utils/auth.server'
import { verdictLabels } from '~/utils/verdicts'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Your submissions to ${data?.title ?? 'a problem'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const problem = getProblemForCandidate({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem) throw new Response('There is no problem with that name.', { status: 404 })
  return json({ slug: problem.slug, title: problem.title, submissions: listUserSubmissions({ userId: user.id, slug: problem.slug }) })
}

export default function ProblemSubmissions() {
  const { slug, title, submissions } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link to={`/problems/${slug}`} className="link">
          ← {title}
        </Link>
      </p>
      <h1 className="page-title">Your submissions</h1>
      {submissions.length === 0 ? <p>No submissions yet.</p> : null}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {submissions.map((s) => (
          <li key={s.id} className="flex items-center justify-between py-2">
            <Link to={`/submissions/${s.id}`} className="link">
              #{s.id} · {new Date(s.createdAt).toISOString().replace('T', ' ').slice(0, 16)} UTC · {s.language}
            </Link>
            <span>{s.status === 'done' ? verdictLabels[s.verdict ?? ''] ?? s.verdict : s.status}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
