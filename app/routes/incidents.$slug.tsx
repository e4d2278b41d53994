import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { IncidentConsole, IncidentDebrief } from '~/components/incident-console'
import { RequestReviewForm } from '~/components/request-review'
import { IncidentActionError, IncidentEndedError } from '~/incident'
import { listReviewGroups } from '~/models/mentor-reviews.server'
import {
  AttemptNotActiveError,
  getAttemptView,
  getDebrief,
  getIncidentProblem,
  getLatestAttempt,
  listAttempts,
  savePostmortem,
  startAttempt,
  takeIncidentAction,
} from '~/models/incidents.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { actionFromForm } from '~/utils/incident-form'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.problem.title ?? 'Incident'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const problem = getIncidentProblem({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem) throw new Response('There is no incident scenario with that name.', { status: 404 })
  const { versionId: _version, status: _status, kind: _kind, ...shown } = problem
  if (!user) return json({ problem: shown, signedIn: false, attempt: null, view: null, debrief: null, attempts: [], reviewGroups: [] })
  const attempt = getLatestAttempt({ userId: user.id, problemId: problem.id }) ?? null
  const active = attempt?.status === 'active'
  return json({
    problem: shown,
    signedIn: true,
    attempt: attempt ? { id: attempt.id, status: attempt.status, postmortem: attempt.postmortem } : null,
    // Only what the on-call engineer sees at this virtual moment; the scenario itself never leaves the server.
    view: active ? getAttemptView({ attempt }) : null,
    debrief: attempt && !active ? getDebrief(attempt) : null,
    attempts: listAttempts({ userId: user.id, problemId: problem.id }),
    reviewGroups: attempt?.postmortem ? listReviewGroups({ userId: user.id }) : [],
  })
}

const PostmortemSchema = z.object({
  attemptId: z.coerce.number().int().positive(),
  postmortem: z.string().trim().min(40, 'A postmortem needs more than a line: impact, timeline, cause, follow-ups.').max(20_000, 'Keep it under 20 000 characters.'),
})

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const problem = getIncidentProblem({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem) throw new Response('There is no incident scenario with that name.', { status: 404 })
  const formData = await request.formData()
  const intent = formData.get('intent')
  try {
    if (intent === 'start-incident') {
      startAttempt({ userId: user.id, problemId: problem.id, versionId: problem.versionId })
      return redirect(`/incidents/${problem.slug}`)
    }
    if (intent === 'incident-action') {
      const attemptId = Number(formData.get('attemptId'))
      const outcome = takeIncidentAction({ userId: user.id, attemptId, raw: actionFromForm(formData) })
      return json({ error: null, outcome: outcome.summary })
    }
    if (intent === 'postmortem') {
      const parsed = PostmortemSchema.safeParse(Object.fromEntries(formData))
      if (!parsed.success) return json({ error: parsed.error.issues[0]!.message, outcome: null }, { status: 400 })
      savePostmortem({ userId: user.id, attemptId: parsed.data.attemptId, text: parsed.data.postmortem, now: Date.now() })
      return json({ error: null, outcome: 'Postmortem saved.' })
    }
    return json({ error: 'Unknown action.', outcome: null }, { status: 400 })
  } catch (error) {
    if (error instanceof IncidentActionError || error instanceof IncidentEndedError || error instanceof AttemptNotActiveError)
      return json({ error: error.message, outcome: null }, { status: 400 })
    throw error
  }
}

export default function IncidentPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { problem } = data
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Incident · <span className="capitalize">{problem.difficulty}</span> · {problem.tags.join(', ')}
        </p>
        <h1 className="page-title mt-1">{problem.title}</h1>
      </header>
      {!data.view ? <div className="statement prose-sm max-w-3xl" dangerouslySetInnerHTML={{ __html: problem.statementHtml }} /> : null}
      {!data.signedIn ? (
        <p className="card">
          <Link to={`/signup?redirectTo=/incidents/${problem.slug}`} className="link">
            Sign up
          </Link>{' '}
          or{' '}
          <Link to={`/login?redirectTo=/incidents/${problem.slug}`} className="link">
            log in
          </Link>{' '}
          to take this incident: Drill keeps your actions, your score and your postmortem.
        </p>
      ) : data.view && data.attempt ? (
        <>
          {actionData?.outcome ? (
            <p role="status" className="text-sm" data-testid="incident-outcome">
              {actionData.outcome}
            </p>
          ) : null}
          <IncidentConsole view={data.view} attemptId={data.attempt.id} error={actionData?.error} />
        </>
      ) : (
        <>
          {data.debrief && data.attempt ? (
            <>
              {actionData?.error ? (
                <p role="alert" className="field-error">
                  {actionData.error}
                </p>
              ) : null}
              <IncidentDebrief debrief={data.debrief} attemptId={data.attempt.id} postmortem={data.attempt.postmortem} />
              <RequestReviewForm itemType="incident" itemId={data.attempt.id} groups={data.reviewGroups} redirectTo="/feedback" />
            </>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="start-incident" />
            <button type="submit" className="btn-primary">
              {data.attempts.length ? 'Start a new attempt' : 'Take the page'}
            </button>
          </Form>
        </>
      )}
      {data.attempts.length > 1 ? (
        <section className="text-sm">
          <h2 className="font-semibold">Your attempts</h2>
          <ul>
            {data.attempts.map((a) => (
              <li key={a.id}>
                #{a.id}: {a.status === 'active' ? 'in progress' : a.score === null ? 'abandoned' : `${a.score}/100`} · {new Date(a.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
