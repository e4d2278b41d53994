import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useFetcher, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Workspace } from '~/components/workspace'
import { sandboxTypes } from '~/judge/sandbox-types'
import { stripTypes } from '~/judge/compile'
import { type CodeProblem } from '~/content/types'
import { getProblemKind } from '~/models/incidents.server'
import { getProblemForCandidate, getProblemVersion } from '~/models/problems.server'
import { problemPages } from '~/utils/problem-pages'
import { getReviewState } from '~/models/reviews.server'
import { getSubmission, listUserSubmissions } from '~/models/submissions.server'
import { countRevealedHints, getDraft, getEditorialAccess } from '~/models/workspace.server'
import { monacoBase } from '~/utils/assets.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { performWorkspaceAction } from '~/utils/workspace-action.server'
import { skipWorkspaceRevalidation } from '~/utils/workspace-revalidate'
import { forwardRetryAfter } from '~/utils/headers'
import { getProblemDocs } from '~/utils/problem-docs.server'
import { verdictLabels } from '~/utils/verdicts'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.problem.title ?? 'Problem'} — Drill` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const audience = audienceOf(user)
  const problem = getProblemForCandidate({ slug: params.slug!, audience })
  if (!problem) {
    // Other kinds have their own pages; track links all point here.
    const other = getProblemKind({ slug: params.slug!, audience })
    if (other && other.status !== 'removed' && problemPages[other.kind])
      throw redirect(`${problemPages[other.kind]}/${params.slug}${new URL(request.url).search}`)
    throw new Response('There is no problem with that name.', { status: 404 })
  }
  const url = new URL(request.url)
  const now = Date.now()
  const review = user ? getReviewState({ userId: user.id, problemId: problem.id, now }) : null
  const mode = url.searchParams.get('mode') === 'review' && review ? 'review' : 'practice'

  let initial = {
    code: problem.starter,
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
    const version = getProblemVersion({ versionId: problem.versionId })
    if (version && version.content.kind === 'code') {
      const docs = await getProblemDocs({
        versionId: problem.versionId,
        content: version.content as CodeProblem,
      })
      hints = docs.hints.slice(0, revealed)
      editorial = editorialAccess ? docs.editorial : null
    }
  }

  return json({
    problem,
    starters: { typescript: problem.starter, javascript: stripTypes(problem.starter) },
    initial,
    signedIn: Boolean(user),
    mode,
    review: review ? { due: review.due, isDue: review.isDue } : null,
    hints: { total: problem.hintCount, revealed: hints },
    editorial: editorial === null ? null : { html: editorial, access: editorialAccess },
    history,
    monacoBase: monacoBase(),
    sandboxTypes,
  })
}

export const headers = forwardRetryAfter

export const shouldRevalidate = skipWorkspaceRevalidation

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const problem = getProblemForCandidate({ slug: params.slug!, audience: audienceOf(user) })
  if (!problem) throw new Response('There is no problem with that name.', { status: 404 })
  return performWorkspaceAction({ request, user, problem })
}

export default function ProblemPage() {
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
            <span className="capitalize">{problem.difficulty}</span> · {problem.tags.join(', ')}
          </p>
          <h1 id="problem-title" className="page-title mt-1">
            {problem.title}
          </h1>
          {data.mode === 'review' ? (
            <p
              className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
              role="status"
            >
              Review: solve it again from a blank starter, then rate how well you remembered it.
              Hints and the editorial stay closed.
            </p>
          ) : null}
        </header>
        <div
          className="statement prose-sm max-w-none"
          dangerouslySetInnerHTML={{ __html: problem.statementHtml }}
        />

        {data.mode === 'practice' ? (
          <section aria-labelledby="hints-heading" className="space-y-3">
            <h2 id="hints-heading" className="text-lg font-semibold">
              Hints
            </h2>
            {data.hints.total === 0 ? <p className="text-sm">This problem has no hints.</p> : null}
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
                  <Link to={`/signup?redirectTo=/problems/${problem.slug}`} className="link">
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
                      'Give up and read the editorial? The problem stays unsolved until you submit an accepted solution.',
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
                  <Link to={`/problems/${problem.slug}?from=${s.id}`} className="link">
                    Open in editor
                  </Link>
                </li>
              ))}
            </ul>
            {data.history.length === 20 ? (
              <Link to={`/problems/${problem.slug}/submissions`} className="link text-sm">
                All submissions
              </Link>
            ) : null}
          </section>
        ) : null}
      </article>
      <Workspace
        key={`${data.mode}-${data.initial.source === 'submission' ? data.initial.code.length : 'own'}`}
      />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
