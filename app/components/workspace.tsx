import { Form, Link, useFetcher, useLoaderData, useRevalidator } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { formatOps, formatRelativeCost } from '~/judge/budget'
import { type JudgeProblem, type JudgeResult, type Language } from '~/judge/types'
import type { action, loader } from '~/routes/problems.$slug'
import type { loader as submissionLoader } from '~/routes/submissions.$id'
import { reviewRatingLabels, reviewRatings } from '~/utils/reviews'
import { verdictLabels } from '~/utils/verdicts'
import { CodeEditor } from './code-editor'
import { TestResultsTable, type TestRow } from './test-results'

const localKey = (slug: string) => `drill:code:${slug}`
const autosaveMs = 1200

interface LocalCode {
  code: string
  language: Language
  /** Set when the visitor went to sign up to submit: the code is carried into the new account. */
  carry?: boolean
}

function readLocal(slug: string): LocalCode | null {
  try {
    const raw = window.localStorage.getItem(localKey(slug))
    return raw ? (JSON.parse(raw) as LocalCode) : null
  } catch {
    return null
  }
}

function writeLocal(slug: string, value: LocalCode | null) {
  try {
    if (value) window.localStorage.setItem(localKey(slug), JSON.stringify(value))
    else window.localStorage.removeItem(localKey(slug))
  } catch {
    // Private mode or a full quota: the code simply is not kept locally.
  }
}

/** The editor side of a problem: language, Monaco, Run (in the browser), Submit (on the server), results. */
export function Workspace() {
  const data = useLoaderData<typeof loader>()
  const { problem } = data
  const [code, setCodeState] = useState(data.initial.code)
  const [language, setLanguageState] = useState<Language>(data.initial.language)
  // Run and Submit read these, not the render's state: a paste followed at once by Ctrl+Enter must run the pasted code.
  const latest = useRef({ code: data.initial.code, language: data.initial.language as Language })
  const setCode = useCallback((next: string) => {
    latest.current.code = next
    setCodeState(next)
  }, [])
  const setLanguage = useCallback((next: Language) => {
    latest.current.language = next
    setLanguageState(next)
  }, [])
  const revalidator = useRevalidator()
  const [saveState, setSaveState] = useState<string>(data.initial.source === 'draft' && data.initial.savedAt ? `Draft restored (saved ${timeOf(data.initial.savedAt)})` : '')
  const [run, setRun] = useState<{ status: 'idle' | 'running' | 'done' | 'error'; result?: JudgeResult; error?: string }>({ status: 'idle' })
  const [shown, setShown] = useState<'run' | 'submission' | null>(null)
  const draftFetcher = useFetcher<typeof action>()
  const submitFetcher = useFetcher<typeof action>()
  const resetFetcher = useFetcher<typeof action>()
  const poll = useFetcher<typeof submissionLoader>()
  const edited = useRef(false)
  // Set by "Sign up to submit": the page stays up until /signup loads, and an autosave that fires meanwhile
  // must keep the code marked to be carried (it used to drop the mark, and the code stayed behind).
  const carrying = useRef(false)
  const reviewing = data.mode === 'review'

  // Code a visitor wrote before signing up comes with them; an anonymous visitor's code survives a reload.
  useEffect(() => {
    const local = readLocal(problem.slug)
    if (!local) return
    if (!data.signedIn || local.carry) {
      setCode(local.code)
      setLanguage(local.language)
      edited.current = data.signedIn
      if (data.signedIn) setSaveState('Brought over the code you wrote before signing in')
    }
    if (data.signedIn && local.carry) writeLocal(problem.slug, null)
  }, [problem.slug, data.signedIn, setCode, setLanguage])

  useEffect(() => {
    if (!edited.current) return
    const timer = setTimeout(() => {
      if (!data.signedIn) writeLocal(problem.slug, { code, language, ...(carrying.current ? { carry: true } : {}) })
      else if (!reviewing) {
        setSaveState('Saving…')
        draftFetcher.submit({ intent: 'save-draft', code, language }, { method: 'post' })
      }
    }, autosaveMs)
    return () => clearTimeout(timer)
    // draftFetcher is stable in identity for our purposes; including it would re-arm the timer on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, language, data.signedIn, reviewing, problem.slug])

  useEffect(() => {
    const saved = draftFetcher.data && 'savedAt' in draftFetcher.data ? draftFetcher.data.savedAt : undefined
    if (draftFetcher.state === 'idle' && typeof saved === 'number') setSaveState(`Draft saved at ${timeOf(saved)}`)
  }, [draftFetcher.state, draftFetcher.data])

  const submissionId = submitFetcher.data && 'submissionId' in submitFetcher.data ? submitFetcher.data.submissionId : undefined
  const submitErrors = submitFetcher.data?.result?.error ? Object.values(submitFetcher.data.result.error).flat() : []
  const submission = poll.data?.submission && poll.data.submission.id === submissionId ? poll.data.submission : undefined
  const pending = submissionId !== undefined && (!submission || submission.status === 'queued' || submission.status === 'running')

  // A verdict can open the editorial and adds to the history: reload the page's data once it is in.
  const judged = submission && !pending ? submission.id : undefined
  useEffect(() => {
    if (judged !== undefined) revalidator.revalidate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [judged])

  useEffect(() => {
    if (submissionId === undefined) return
    if (!pending) return
    const timer = setTimeout(() => poll.state === 'idle' && poll.load(`/submissions/${submissionId}`), submission ? 500 : 150)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submissionId, pending, poll.state, submission?.status])

  const doRun = useCallback(async () => {
    const runnable = problem.runnable as JudgeProblem | null
    if (!runnable) return
    setShown('run')
    setRun({ status: 'running' })
    try {
      // Loaded on demand so the QuickJS runner never weighs on the page's first load.
      const { runInBrowser } = await import('~/judge/browser/run-in-browser')
      setRun({ status: 'done', result: await runInBrowser({ ...latest.current, problem: runnable }) })
    } catch (error) {
      setRun({ status: 'error', error: (error as Error).message })
    }
  }, [problem.runnable])

  const doSubmit = useCallback(() => {
    if (!data.signedIn) return
    setShown('submission')
    submitFetcher.submit({ intent: 'submit', ...latest.current, mode: data.mode, inline: '1' }, { method: 'post' })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.mode, data.signedIn])

  function changeLanguage(next: Language) {
    const starters = data.starters as Record<Language, string>
    // Untouched starter code follows the language; anything the candidate wrote stays as it is.
    if (code.trim() === starters[language].trim()) setCode(starters[next])
    setLanguage(next)
    edited.current = true
  }

  function resetToStarter() {
    if (!window.confirm('Replace your code with the starter? Your draft is discarded.')) return
    setCode((data.starters as Record<Language, string>)[language])
    edited.current = false
    if (data.signedIn && !reviewing) resetFetcher.submit({ intent: 'reset' }, { method: 'post' })
    if (!data.signedIn) writeLocal(problem.slug, null)
    setSaveState('Reset to the starter')
  }

  function goSignUp() {
    carrying.current = true
    writeLocal(problem.slug, { code: latest.current.code, language: latest.current.language, carry: true })
  }

  const runRows: TestRow[] =
    run.result?.tests.map((t) => ({
      id: t.id,
      name: t.name ?? `Test ${t.id}`,
      status: t.status,
      cost: t.cost,
      budget: t.budget,
      referenceCost: (problem.runnable as JudgeProblem | null)?.tests.find((x) => x.id === t.id)?.referenceCost,
      message: t.message,
      output: t.output,
      diff: 'input' in t ? { input: t.input, expected: t.expected, actual: t.actual } : null,
    })) ?? []

  return (
    <section
      aria-labelledby="solve-heading"
      className="min-w-0 space-y-3"
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return
        event.preventDefault()
        if (event.shiftKey) doSubmit()
        else void doRun()
      }}
    >
      <h2 id="solve-heading" className="text-lg font-semibold">
        Your solution
      </h2>
      <p className="text-sm">
        Implement <code>{problem.signature}</code>
      </p>
      <Form
        method="post"
        className="space-y-3"
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
          if (submitter?.value === 'reset') {
            event.preventDefault()
            resetToStarter()
          } else if (submitter?.value === 'submit' || !submitter) {
            event.preventDefault()
            doSubmit()
          }
        }}
      >
        <input type="hidden" name="mode" value={data.mode} />
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="language" className="text-sm font-medium">
            Language
          </label>
          <select id="language" name="language" value={language} onChange={(event) => changeLanguage(event.target.value as Language)} className="input w-40 py-1">
            <option value="typescript">TypeScript</option>
            <option value="javascript">JavaScript</option>
          </select>
          <span className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="save-state">
            {saveState}
          </span>
        </div>
        <CodeEditor
          id="code"
          name="code"
          label={`Code for ${problem.title}`}
          language={language}
          value={code}
          onChange={(next) => {
            edited.current = true
            setCode(next)
          }}
          onRun={() => void doRun()}
          onSubmit={doSubmit}
          monacoBase={data.monacoBase}
          extraTypes={data.sandboxTypes}
        />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Ctrl/⌘+Enter runs the visible tests, Ctrl/⌘+Shift+Enter submits. In the editor, Tab indents; press Ctrl+M (⌘+Shift+M on a Mac) to make Tab move focus instead.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {problem.runnable ? (
            <button type="button" className="btn-secondary" onClick={() => void doRun()} disabled={run.status === 'running'}>
              {run.status === 'running' ? 'Running…' : 'Run'}
            </button>
          ) : (
            <span className="text-sm">Run is not available for this problem; Submit judges it on the server.</span>
          )}
          {data.signedIn ? (
            <button type="submit" name="intent" value="submit" className="btn-primary" disabled={submitFetcher.state !== 'idle' || pending}>
              {pending ? 'Judging…' : 'Submit'}
            </button>
          ) : (
            <Link to={`/signup?redirectTo=${encodeURIComponent(`/problems/${problem.slug}`)}`} onClick={goSignUp} className="btn-primary">
              Sign up to submit
            </Link>
          )}
          <button type="submit" name="intent" value="reset" formNoValidate className="btn-secondary">
            Reset to starter
          </button>
        </div>
        {!data.signedIn ? (
          <p className="text-sm">
            Run works without an account. Submitting, drafts, progress and reviews need one; your code comes with you when you{' '}
            <Link to={`/login?redirectTo=${encodeURIComponent(`/problems/${problem.slug}`)}`} onClick={goSignUp} className="link">
              log in
            </Link>{' '}
            or sign up.
          </p>
        ) : null}
        {submitErrors.length ? (
          <p role="alert" className="field-error">
            {submitErrors.join(' ')}
          </p>
        ) : null}
      </Form>

      <section aria-labelledby="results-heading" aria-live="polite" className="card space-y-3" hidden={shown === null}>
        <h3 id="results-heading" className="font-semibold">
          {shown === 'run' ? 'Run: visible tests' : submissionId ? `Submission ${submissionId}` : 'Submission'}
        </h3>
        {shown === 'run' ? (
          <>
            <p className="text-xl font-bold" data-testid="run-verdict">
              {run.status === 'running' ? 'Running…' : run.status === 'error' ? 'Run failed' : run.result ? verdictLabels[run.result.verdict] : ''}
            </p>
            {run.error ? (
              <p role="alert" className="field-error">
                {run.error}
              </p>
            ) : null}
            {run.result?.compileError ? (
              <p role="alert" className="field-error">
                {run.result.compileError.message}
              </p>
            ) : null}
            {run.result && run.result.tests.length ? (
              <>
                <p className="text-sm text-slate-700 dark:text-slate-300">Cost {formatOps(run.result.cost)}</p>
                <TestResultsTable rows={runRows} caption="Visible test results" testIdPrefix="run-test" />
              </>
            ) : null}
          </>
        ) : shown === 'submission' ? (
          <>
            <p className="text-xl font-bold" data-testid="submit-verdict">
              {!submission || pending ? (submission?.status === 'running' ? 'Judging…' : 'Queued…') : submission.status === 'failed' ? 'Not judged' : verdictLabels[submission.verdict ?? ''] ?? submission.verdict}
            </p>
            {submission && !pending ? (
              <>
                {submission.message ? <p className="whitespace-pre-wrap text-sm">{submission.message}</p> : null}
                {submission.cost != null ? (
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    Cost {formatOps(submission.cost)}
                    {submission.referenceCost ? ` (${formatRelativeCost(submission.cost, submission.referenceCost)})` : ''} · {submission.timeMs} ms
                  </p>
                ) : null}
                <TestResultsTable rows={submissionRows(submission.tests)} caption="Results per test" />
                <p className="text-sm">
                  <Link to={`/submissions/${submission.id}`} className="link">
                    Open submission {submission.id}
                  </Link>
                </p>
                {reviewing && submission.status === 'done' ? <RateRecall slug={problem.slug} submissionId={submission.id} accepted={submission.verdict === 'accepted'} /> : null}
              </>
            ) : null}
          </>
        ) : null}
      </section>
    </section>
  )
}

/** The recall rating after a review re-solve; it posts to /review, which schedules the next one. */
export function RateRecall({ slug, submissionId, accepted }: { slug: string; submissionId: number; accepted: boolean }) {
  return (
    <Form method="post" action="/review" className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <fieldset>
        <legend className="font-semibold">How well did you remember it?</legend>
        {!accepted ? <p className="text-sm">Not accepted this time: “Again” brings it back soon.</p> : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {reviewRatings.map((rating) => (
            <button key={rating} type="submit" name="rating" value={rating} className={rating === (accepted ? 'good' : 'again') ? 'btn-primary' : 'btn-secondary'} title={reviewRatingLabels[rating]}>
              {rating[0]!.toUpperCase() + rating.slice(1)}
            </button>
          ))}
        </div>
      </fieldset>
    </Form>
  )
}

export function submissionRows(
  tests: { testId: number; status: string; cost: number; budget: number | null; message: string | null; output: string; details: Record<string, unknown> | null }[],
): TestRow[] {
  return tests.map((t) => ({
    id: t.testId,
    name: (t.details?.name as string | null | undefined) ?? `Test ${t.testId}`,
    status: t.status,
    cost: t.cost,
    budget: t.budget,
    message: t.message,
    output: t.output,
    diff: t.details ? { input: t.details.input, expected: t.details.expected, actual: t.details.actual } : null,
  }))
}

// UTC, so the server's render and the browser's agree.
function timeOf(ms: number) {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`
}
