import { parseWithZod } from '@conform-to/zod'
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listReviews, rateReview, ReviewNotDueError } from '~/models/reviews.server'
import { requireUser } from '~/utils/auth.server'
import { ReviewRatingSchema } from '~/utils/forms'
import { reviewRatingLabels, reviewRatings } from '~/utils/reviews'

export const meta: MetaFunction = () => [{ title: 'Review — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const now = Date.now()
  const url = new URL(request.url)
  const rated = url.searchParams.get('rated')
  const next = Number(url.searchParams.get('next'))
  return json({ ...listReviews({ userId: user.id, now }), now, rated: rated && Number.isFinite(next) ? { slug: rated, next } : null })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await request.formData(), { schema: ReviewRatingSchema })
  if (submission.status !== 'success') return json({ result: submission.reply() }, { status: 400 })
  try {
    const { nextDue } = rateReview({ userId: user.id, ...submission.value, now: Date.now() })
    return redirect(`/review?rated=${encodeURIComponent(submission.value.slug)}&next=${nextDue}`)
  } catch (error) {
    if (!(error instanceof ReviewNotDueError)) throw error
    return json({ result: submission.reply({ formErrors: [error.message] }) }, { status: 400 })
  }
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export default function ReviewPage() {
  const { due, upcoming, rated } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.result.error ? Object.values(actionData.result.error).flat() : []
  return (
    <div className="space-y-8">
      <header>
        <h1 className="page-title">Review</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every problem you solve comes back on a spaced-repetition schedule (FSRS), just before you would forget it. Solve it again from a blank
          starter, then rate how well you remembered it; the rating sets the next date.
        </p>
      </header>
      {rated ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          Recorded. <strong>{rated.slug}</strong> comes back on {day(rated.next)}.
        </p>
      ) : null}
      {errors.length ? (
        <p role="alert" className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <section aria-labelledby="due-heading" className="space-y-3">
        <h2 id="due-heading" className="text-lg font-semibold">
          Due today ({due.length})
        </h2>
        {due.length === 0 ? <p className="text-sm">Nothing is due. Solve something new, or come back tomorrow.</p> : null}
        <ul className="space-y-3">
          {due.map((item) => (
            <li key={item.slug} className="card space-y-2" data-testid={`due-${item.slug}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">{item.title}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  due {day(item.due)} · reviewed {item.reps - 1} time{item.reps === 2 ? '' : 's'}
                </span>
              </div>
              <Link to={`/problems/${item.slug}?mode=review`} className="btn-primary inline-block">
                Re-solve from a blank starter
              </Link>
              <Form method="post" className="flex flex-wrap items-center gap-2 text-sm">
                <input type="hidden" name="slug" value={item.slug} />
                <span>Already re-solved it? Rate your recall:</span>
                {reviewRatings.map((rating) => (
                  <button key={rating} type="submit" name="rating" value={rating} className="btn-secondary px-2 py-1" title={reviewRatingLabels[rating]}>
                    {rating[0]!.toUpperCase() + rating.slice(1)}
                  </button>
                ))}
              </Form>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Scheduled ({upcoming.length})
        </h2>
        {upcoming.length === 0 ? <p className="text-sm">Problems you solve appear here with the day they come back.</p> : null}
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {upcoming.map((item) => (
            <li key={item.slug} className="flex justify-between py-2 text-sm" data-testid={`scheduled-${item.slug}`}>
              <Link to={`/problems/${item.slug}`} className="link">
                {item.title}
              </Link>
              <span>comes back {day(item.due)}</span>
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
