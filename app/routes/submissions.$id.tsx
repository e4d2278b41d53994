import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRevalidator } from '@remix-run/react'
import { useEffect } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { TestResultsTable } from '~/components/test-results'
import { SimResultPanel } from '~/components/sim-results'
import { RateRecall, submissionRows } from '~/components/workspace'
import { type SimProblem } from '~/content/types'
import { formatOps, formatRelativeCost } from '~/judge/budget'
import { RequestReviewForm } from '~/components/request-review'
import { listReviewGroups } from '~/models/mentor-reviews.server'
import { getProblemVersion } from '~/models/problems.server'
import { getReviewStateBySlug } from '~/models/reviews.server'
import { canReadWorkOf } from '~/models/groups.server'
import { getSubmissionFor } from '~/models/submissions.server'
import { type StoredSimResult } from '~/sim/results'
import { type WorkloadInput } from '~/sim/types'
import { requireUser } from '~/utils/auth.server'
import { problemHref } from '~/utils/problem-pages'
import { verdictLabels } from '~/utils/verdicts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Submission ${data?.submission.id ?? ''} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const id = Number(params.id)
  // Owners, and mentors of a group the owner belongs to, may read a submission; nobody else.
  const submission = Number.isInteger(id) ? getSubmissionFor({ id, canRead: (ownerId) => canReadWorkOf({ viewerId: user.id, ownerId }) }) : undefined
  if (!submission) throw new Response('There is no submission with that number among yours.', { status: 404 })
  const review = submission.mode === 'review' && submission.userId === user.id ? getReviewStateBySlug({ userId: user.id, slug: submission.slug, now: Date.now() }) : null
  const reviewGroups = submission.userId === user.id ? listReviewGroups({ userId: user.id }) : []
  // A sim submission is replayed in the browser against the workload of the version it was judged on.
  const version = submission.kind === 'sim' ? getProblemVersion({ versionId: submission.versionId }) : undefined
  const workload = version?.content.kind === 'sim' ? (version.content as SimProblem).workload : null
  return json({ submission, review, reviewGroups, workload })
}


export default function SubmissionPage() {
  const { submission, review, reviewGroups, workload } = useLoaderData<typeof loader>()
  const simResult = submission.kind === 'sim' ? (submission.result as StoredSimResult | null) : null
  const problemPage = problemHref(submission.slug, submission.kind)
  const pending = submission.status === 'queued' || submission.status === 'running'
  const revalidator = useRevalidator()
  useEffect(() => {
    if (!pending) return
    const timer = setInterval(() => revalidator.state === 'idle' && revalidator.revalidate(), 500)
    return () => clearInterval(timer)
  }, [pending, revalidator])

  const verdict = submission.status === 'failed' ? 'Not judged' : pending ? (submission.status === 'queued' ? 'Queued…' : 'Judging…') : verdictLabels[submission.verdict ?? ''] ?? submission.verdict
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to={problemPage} className="link">
          ← {submission.title}
        </Link>
      </p>
      <h1 className="page-title">Submission {submission.id}</h1>
      {pending ? (
        // Without JavaScript a pending verdict still arrives: the page refreshes itself. Inside
        // <noscript>, so a browser running the revalidation below never reloads the page under the user.
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
      <section aria-live="polite" className="card">
        <p className="text-2xl font-bold" data-testid="verdict">
          {verdict}
        </p>
        {submission.message ? <p className="mt-2 whitespace-pre-wrap text-sm">{submission.message}</p> : null}
        {!pending && submission.cost != null ? (
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Cost {formatOps(submission.cost)}
            {submission.referenceCost ? ` (${formatRelativeCost(submission.cost, submission.referenceCost)})` : ''} ·{' '}
            {submission.timeMs} ms · problem version {submission.version}
          </p>
        ) : null}
      </section>
      {simResult && !pending ? (
        <section className="card" aria-label="Simulation result">
          <SimResultPanel
            result={simResult}
            source={workload ? { code: submission.code, language: submission.language, workload: workload as WorkloadInput } : null}
            testIdPrefix="submission"
          />
        </section>
      ) : null}
      {submission.tests.length ? (
        <div className="card p-2">
          <TestResultsTable rows={submissionRows(submission.tests)} caption="Results per test" />
        </div>
      ) : null}
      {review?.isDue && submission.mode === 'review' && !pending ? (
        <section className="card">
          <RateRecall slug={submission.slug} submissionId={submission.id} accepted={submission.verdict === 'accepted'} />
        </section>
      ) : null}
      {!pending ? <RequestReviewForm itemType="submission" itemId={submission.id} groups={reviewGroups} redirectTo="/feedback" /> : null}
      <p className="text-sm">
        <Link to={`${problemPage}?from=${submission.id}`} className="link">
          Open this code in the editor
        </Link>
      </p>
      <details>
        <summary className="cursor-pointer text-sm">Submitted code ({submission.language})</summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs dark:bg-slate-900">{submission.code}</pre>
      </details>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
