import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listMentorQueue } from '~/models/mentor-reviews.server'
import { requireUser } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Reviews to do — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ queue: listMentorQueue({ mentorId: user.id }) })
}

export default function MentorReviews() {
  const { queue } = useLoaderData<typeof loader>()
  const open = queue.filter((r) => r.status === 'open')
  return (
    <div className="space-y-6">
      <h1 className="page-title">Reviews</h1>
      <p className="text-sm">Requests from the members of the groups you mentor.</p>
      <h2 className="text-lg font-semibold">Waiting ({open.length})</h2>
      {queue.length === 0 ? <p>Nothing to review. When a member of a group you mentor asks for a review, it appears here.</p> : null}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="review-queue">
        {queue.map((r) => (
          <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
            <Link to={`/reviews/${r.id}`} className="link">
              {r.candidate}: {r.itemType} #{r.itemId}
            </Link>
            <span>
              {r.groupName} · {r.status === 'open' ? 'open' : 'done'} · {new Date(r.createdAt).toISOString().slice(0, 10)}
              {r.note ? ` · “${r.note}”` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
