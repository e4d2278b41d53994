import {
  json,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useFetcher, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { SimWorkspace } from '~/components/sim-workspace'
import { stripTypes } from '~/judge/compile'
import { getSimProblem } from '~/models/problems.server'
import { getReviewState } from '~/models/reviews.server'
import { getSubmission, listUserSubmissions } from '~/models/submissions.server'
import { countRevealedHints, getDraft, getEditorialAccess } from '~/models/workspace.server'
import { NODE_API_TYPES } from '~/sim/api'
import { parseWorkloadConfig } from '~/sim/config'
import { describeWorkload } from '~/sim/describe'
import { monacoBase } from '~/utils/assets.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { performWorkspaceAction } from '~/utils/workspace-action.server'
import { skipWorkspaceRevalidation } from '~/utils/workspace-revalidate'
import { forwardRetryAfter } from '~/utils/headers'
import { getProblemDocs } from '~/utils/problem-docs.server'
import { verdictLabels } from '~/utils/verdicts'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.problem.title ?? 'Simulation'} — Drill` },
]

/** What node code may use besides the node API: console output goes to the node's log in the trace. */
const consoleTypes = `
/** Output goes to this node's log, shown in the trace. */
declare const console: { log(...values: unknown[]): void; error(...values: unknown[]): void; warn(...values: unknown[]): void; info(...values: unknown[]): void }
`

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const problem = getSimProblem({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem)
    throw new Response('There is no simulation challenge with that name.', { status: 404 })
  const content = problem.content
  const url = new URL(request.url)
  const review = user
    ? getReviewState({ userId: user.id, problemId: problem.id, now: Date.now() })
    : null
  const mode = url.searchParams.get('mode') === 'review' && review ? 'review' : 'practice'

  let initial = {
    code: content.starter.code,
    language: 'typescript' as 'typescript' | 'javascript',
    source: 'starter' as 'starter' | 'draft' | 'submission',
    savedAt: null as number | null,
  }
  let revealed = 0
  let editorialAccess: 'accepted' | 'gave_up' | null = null
  let history: ReturnType<typeof listUserSubmissions> = []
  if (user) {
    const fromId = Number(url.searchParams.get('from'))
    const from =
      Number.isInteger(fromId) && fromId > 0
        ? getSubmission({ id: fromId, userId: user.id })
        : undefined
    const draft =
      mode === 'practice' ? getDraft({ userId: user.id, problemId: problem.id }) : undefined
    if (from && from.slug === problem.slug)
      initial = { code: from.code, language: from.language, source: 'submission', savedAt: null }
    else if (draft)
      initial = {
        code: draft.code,
        language: draft.language,
        source: 'draft',
        savedAt: draft.updatedAt,
      }
    if (mode === 'practice') {
      revealed = countRevealedHints({ userId: user.id, problemId: problem.id })
      editorialAccess = getEditorialAccess({ userId: user.id, problemId: problem.id })
    }
    history = listUserSubmissions({ userId: user.id, slug: problem.slug, limit: 20 })
  }
  // Hints and the editorial leave the server only once the candidate has earned them.
  let hints: { title: string; html: string }[] = []
  let editorial: string | null = null
  if (revealed > 0 || editorialAccess) {
    const docs = await getProblemDocs({ versionId: problem.versionId, content })
    hints = docs.hints.slice(0, revealed)
    editorial = editorialAccess ? docs.editorial : null
  }

  return json({
    // Never the reference or the wrong solutions: only what the statement and the workload already say.
    problem: {
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      tags: problem.tags,
      statementHtml: problem.statementHtml,
      workload: content.workload,
      seeds: content.seeds,
      workloadLines: describeWorkload(parseWorkloadConfig(content.workload)),
    },
    starters: { typescript: content.starter.code, javascript: stripTypes(content.starter.code) },
    initial,
    signedIn: Boolean(user),
    mode,
    review: review ? { due: review.due, isDue: review.isDue } : null,
    hints: { total: content.hints.length, revealed: hints },
    editorial: editorial === null ? null : { html: editorial, access: editorialAccess },
    history,
    monacoBase: monacoBase(),
    editorTypes: NODE_API_TYPES + consoleTypes,
  })
}

export const headers = forwardRetryAfter

export const shouldRevalidate = skipWorkspaceRevalidation

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const problem = getSimProblem({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem)
    throw new Response('There is no simulation challenge with that name.', { status: 404 })
  return performWorkspaceAction({
    request,
    user,
    problem: { id: problem.id, slug: problem.slug, hintCount: problem.content.hints.length },
  })
}

export default function SimProblemPage() {
  const data = useLoaderData<typeof loader>()
  const { problem } = data
  const navigation = useNavigation()
  const hintFetcher = useFetcher<typeof action>()
  const busy = navigation.state !== 'idle' || hintFetcher.state !== 'idle'
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <article aria-labelledby="problem-title" className="min-w-0 space-y-6">
        <header>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <span className="capitalize">{problem.difficulty}</span> · simulation ·{' '}
            {problem.tags.join(', ')}
          </p>
          <h1 id="problem-title" className="page-title mt-1">
            {problem.title}
          </h1>
          {data.mode === 'review' ? (
            <p
              className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
              role="status"
            >
              Review: solve it again from the starter, then rate how well you remembered it. Hints
              and the editorial stay closed.
            </p>
          ) : null}
        </header>
        <div
          className="statement prose-sm max-w-none"
          dangerouslySetInnerHTML={{ __html: problem.statementHtml }}
        />

        <section aria-labelledby="workload-heading" className="card space-y-2">
          <h2 id="workload-heading" className="font-semibold">
            The workload
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="workload">
            {problem.workloadLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="text-sm">
            Your code defines <code>main(node)</code>, which runs on every node; the node API is{' '}
            <code>drill:sim</code> (types in the editor). Run tries one seed in your browser; Submit
            runs every seed on the server.
          </p>
        </section>

        {data.mode === 'practice' ? (
          <section aria-labelledby="hints-heading" className="space-y-3">
            <h2 id="hints-heading" className="text-lg font-semibold">
              Hints
            </h2>
            {data.hints.revealed.map((hint, index) => (
              <div key={index} className="card" data-testid={`hint-${index + 1}`}>
                <h3 className="font-semibold">{hint.title}</h3>
                <div
                  className="statement prose-sm"
                  dangerouslySetInnerHTML={{ __html: hint.html }}
                />
              </div>
            ))}
            {data.hints.revealed.length < data.hints.total ? (
              data.signedIn ? (
                <hintFetcher.Form method="post">
                  <button
                    type="submit"
                    name="intent"
                    value="reveal-hint"
                    className="btn-secondary"
                    disabled={busy}
                  >
                    Reveal hint {data.hints.revealed.length + 1} of {data.hints.total}
                  </button>
                </hintFetcher.Form>
              ) : (
                <p className="text-sm">
                  <Link to={`/signup?redirectTo=/sim/${problem.slug}`} className="link">
                    Sign up
                  </Link>{' '}
                  to reveal hints ({data.hints.total}); Drill keeps track of which ones you used.
                </p>
              )
            ) : null}
          </section>
        ) : null}

        {data.mode === 'practice' ? (
          <section aria-labelledby="editorial-heading" className="space-y-3">
            <h2 id="editorial-heading" className="text-lg font-semibold">
              Editorial
            </h2>
            {data.editorial ? (
              <div
                className="statement prose-sm max-w-none"
                data-testid="editorial"
                dangerouslySetInnerHTML={{ __html: data.editorial.html }}
              />
            ) : data.signedIn ? (
              <Form
                method="post"
                onSubmit={(event) => {
                  if (
                    !window.confirm(
                      'Give up and read the editorial? The challenge stays unsolved until you submit an accepted solution.',
                    )
                  )
                    event.preventDefault()
                }}
              >
                <p className="mb-2 text-sm">
                  The editorial opens after an accepted submission, or when you give up.
                </p>
                <button
                  type="submit"
                  name="intent"
                  value="give-up"
                  className="btn-secondary"
                  disabled={busy}
                >
                  Give up and read the editorial
                </button>
              </Form>
            ) : (
              <p className="text-sm">The editorial opens after an accepted submission.</p>
            )}
          </section>
        ) : null}

        {data.signedIn ? (
          <section aria-labelledby="history-heading" className="space-y-2">
            <h2 id="history-heading" className="text-lg font-semibold">
              Your submissions
            </h2>
            {data.history.length === 0 ? <p className="text-sm">None yet.</p> : null}
            <ul className="space-y-1 text-sm">
              {data.history.map((s) => (
                <li key={s.id} className="flex flex-wrap gap-x-3">
                  <Link to={`/submissions/${s.id}`} className="link">
                    #{s.id}
                  </Link>
                  <span>
                    {s.status === 'done' ? (verdictLabels[s.verdict ?? ''] ?? s.verdict) : s.status}
                  </span>
                  <span className="text-slate-600 dark:text-slate-400">
                    {s.language} ·{' '}
                    {new Date(s.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
                    {s.mode === 'review' ? ' · review' : ''}
                  </span>
                  <Link to={`/sim/${problem.slug}?from=${s.id}`} className="link">
                    Open in editor
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <SimWorkspace
        key={`${data.mode}-${data.initial.source === 'submission' ? data.initial.code.length : 'own'}`}
      />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
