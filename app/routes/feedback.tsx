import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listMyReviewRequests, requestReview, ReviewRequestError } from '~/models/mentor-reviews.server'
import { requireUser, safeRedirectPath } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Feedback — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ requests: listMyReviewRequests({ userId: user.id }) })
}

const RequestSchema = z.object({
  intent: z.literal('request'),
  itemType: z.enum(['submission', 'design', 'incident']),
  itemId: z.coerce.number().int().positive(),
  groupId: z.coerce.number().int().positive(),
  note: z.string().trim().max(500, 'Keep the note under 500 characters.').default(''),
  redirectTo: z.string().optional(),
})

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const parsed = RequestSchema.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return json({ error: parsed.error.issues[0]!.message }, { status: 400 })
  try {
    requestReview({ userId: user.id, ...parsed.data })
  } catch (error) {
    if (error instanceof ReviewRequestError) return json({ error: error.message }, { status: 400 })
    throw error
  }
  return redirect(safeRedirectPath(parsed.data.redirectTo, '/feedback'))
}

export default function Feedback() {
  const { requests } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="space-y-6">
      <h1 className="page-title">Feedback from mentors</h1>
      {actionData?.error ? (
        <p role="alert" className="field-error">
          {actionData.error}
        </p>
      ) : null}
      {requests.length === 0 ? <p>You have not asked for a review yet. Submissions, design answers and postmortems have a “Request review” button once you are in a group.</p> : null}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="my-reviews">
        {requests.map((r) => (
          <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
            <Link to={`/reviews/${r.id}`} className="link">
              {r.itemType} #{r.itemId} · {r.groupName}
            </Link>
            <span>
              {r.status === 'done' ? (r.seenAt ? 'reviewed' : 'reviewed — new') : 'waiting for a mentor'} · {new Date(r.createdAt).toISOString().slice(0, 10)}
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
