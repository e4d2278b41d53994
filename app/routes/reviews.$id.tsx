import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { addReviewComment, completeReview, getReviewRequest, markReviewSeen, mentorRubric } from '~/models/mentor-reviews.server'
import { requireUser } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Review — Drill' }]

async function loadRequest(request: Request, id: string | undefined) {
  const user = await requireUser(request)
  const requestId = Number(id)
  const review = Number.isInteger(requestId) ? getReviewRequest({ id: requestId, viewerId: user.id }) : undefined
  if (!review) throw new Response('There is no review with that number that you may see.', { status: 404 })
  return { user, review }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, review } = await loadRequest(request, params.id)
  if (review.userId === user.id) markReviewSeen({ requestId: review.id, userId: user.id, now: Date.now() })
  // The rubric comes with the data: the view must not read it from a .server module, which the browser build empties.
  return json({ review, rubric: mentorRubric })
}

const CommentSchema = z.object({
  intent: z.literal('comment'),
  line: z.union([z.literal(''), z.coerce.number().int().positive('Lines start at 1.')]).transform((v) => (v === '' ? null : v)),
  body: z.string().trim().min(1, 'Write the comment.').max(5000, 'Keep a comment under 5 000 characters.'),
})
// A function, used by the action only, so the browser bundle never evaluates it (mentorRubric is server-only).
function doneSchema() {
  return z.object({
    intent: z.literal('done'),
    summary: z.string().trim().min(10, 'Sum up the review in a sentence or two.').max(10_000),
    ...Object.fromEntries(mentorRubric.map((c) => [c.id, z.coerce.number({ invalid_type_error: `Score “${c.label}” from 1 to 5.` }).int().min(1, `Score “${c.label}” from 1 to 5.`).max(5)])),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, review } = await loadRequest(request, params.id)
  if (!review.viewerIsMentor) throw new Response('Only the group’s mentors review.', { status: 403 })
  const form = Object.fromEntries(await request.formData())
  if (form.intent === 'comment') {
    const parsed = CommentSchema.safeParse(form)
    if (!parsed.success) return json({ error: parsed.error.issues[0]!.message }, { status: 400 })
    const lines = review.item?.kind === 'code' ? review.item.code.split('\n').length : 0
    if (parsed.data.line !== null && parsed.data.line > lines) return json({ error: `There is no line ${parsed.data.line}; the code has ${lines}.` }, { status: 400 })
    addReviewComment({ requestId: review.id, authorId: user.id, line: parsed.data.line, body: parsed.data.body })
    return json({ error: null })
  }
  if (form.intent === 'done') {
    const parsed = doneSchema().safeParse(form)
    if (!parsed.success) return json({ error: parsed.error.issues[0]!.message }, { status: 400 })
    const { summary, intent: _intent, ...scores } = parsed.data as Record<string, unknown> & { summary: string }
    completeReview({ requestId: review.id, reviewerId: user.id, summary, rubric: scores as Record<string, number>, now: Date.now() })
    return json({ error: null })
  }
  return json({ error: 'Unknown action.' }, { status: 400 })
}

export default function ReviewPage() {
  const { review, rubric } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const item = review.item
  const byLine = new Map<number, typeof review.comments>()
  for (const c of review.comments) if (c.line !== null) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c])
  const general = review.comments.filter((c) => c.line === null)
  return (
    <div className="space-y-6">
      <header>
        <h1 className="page-title">
          Review of {review.candidate}’s {review.itemType}
        </h1>
        <p className="text-sm">
          {review.groupName} · requested {new Date(review.createdAt).toISOString().slice(0, 10)} · {review.status === 'done' ? 'done' : 'open'}
          {review.note ? ` · “${review.note}”` : ''}
        </p>
      </header>
      {actionData?.error ? (
        <p role="alert" className="field-error">
          {actionData.error}
        </p>
      ) : null}
      {item ? (
        <section className="card space-y-2" data-testid="review-item">
          <h2 className="font-semibold">
            <Link to={item.link} className="link">
              {item.title}
            </Link>
          </h2>
          {item.kind === 'code' ? (
            <ol className="overflow-x-auto font-mono text-xs">
              {item.code.split('\n').map((text, i) => (
                <li key={i} className="flex flex-col" data-testid={`line-${i + 1}`}>
                  <span className="whitespace-pre">
                    <span className="inline-block w-8 select-none pr-2 text-right text-slate-500">{i + 1}</span>
                    {text}
                  </span>
                  {(byLine.get(i + 1) ?? []).map((c) => (
                    <span key={c.id} className="ml-8 rounded bg-amber-50 p-1 font-sans text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                      {c.author}: {c.body}
                    </span>
                  ))}
                </li>
              ))}
            </ol>
          ) : (
            item.sections.map((s) => (
              <div key={s.title}>
                <h3 className="text-sm font-semibold capitalize">{s.title.replace(/-/g, ' ')}</h3>
                <p className="whitespace-pre-wrap text-sm">{s.text}</p>
              </div>
            ))
          )}
        </section>
      ) : (
        <p>The reviewed work no longer exists.</p>
      )}
      {general.length ? (
        <section className="card space-y-1">
          <h2 className="font-semibold">Comments</h2>
          {general.map((c) => (
            <p key={c.id} className="text-sm">
              {c.author}: {c.body}
            </p>
          ))}
        </section>
      ) : null}
      {review.status === 'done' ? (
        <section className="card space-y-2" data-testid="review-result">
          <h2 className="font-semibold">The mentor’s review</h2>
          <p className="whitespace-pre-wrap text-sm">{review.summary}</p>
          <ul className="text-sm">
            {rubric.map((c) => (
              <li key={c.id}>
                {c.label}: {review.rubric?.[c.id] ?? '—'}/5
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {review.viewerIsMentor ? (
        <>
          <Form method="post" className="card space-y-2">
            <h2 className="font-semibold">Comment</h2>
            <input type="hidden" name="intent" value="comment" />
            {item?.kind === 'code' ? (
              <label className="block text-sm">
                Line (empty for a general comment)
                <input name="line" type="number" min={1} className="input w-24 py-1" />
              </label>
            ) : (
              <input type="hidden" name="line" value="" />
            )}
            <label htmlFor="comment-body" className="label">
              Comment
            </label>
            <textarea id="comment-body" name="body" rows={3} className="input text-sm" />
            <button type="submit" className="btn-secondary">
              Add comment
            </button>
          </Form>
          <Form method="post" className="card space-y-2">
            <h2 className="font-semibold">{review.status === 'done' ? 'Update the review' : 'Finish the review'}</h2>
            <input type="hidden" name="intent" value="done" />
            {rubric.map((c) => (
              <label key={c.id} className="flex items-center justify-between gap-2 text-sm">
                {c.label}
                <select name={c.id} className="input w-20 py-1" defaultValue={review.rubric?.[c.id] ?? ''}>
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label htmlFor="summary" className="label">
              Summary for the candidate
            </label>
            <textarea id="summary" name="summary" rows={4} defaultValue={review.summary ?? ''} className="input text-sm" />
            <button type="submit" className="btn-primary">
              Mark the review done
            </button>
          </Form>
        </>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
