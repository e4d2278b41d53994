import { Form, Link, useFetcher, useLoaderData, useRevalidator } from '@remix-run/react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { type Language } from '~/judge/types'
import type { action, loader } from '~/routes/sim.$slug'
import type { loader as submissionLoader } from '~/routes/submissions.$id'
import { type StoredSimResult } from '~/sim/results'
import { type SimResult, type WorkloadInput } from '~/sim/types'
import { verdictLabels } from '~/utils/verdicts'
import { CodeEditor } from './code-editor'
import { SimResultPanel, type SimSource } from './sim-results'
import { RateRecall } from './workspace'

const autosaveMs = 1200

type RunState =
  | { status: 'idle' }
  | { status: 'running'; seed: number }
  | { status: 'done'; result: SimResult; source: SimSource }
  | { status: 'error'; message: string }

/**
 * The editor side of a sim challenge: Monaco with the node API types, Run (one seed, in the browser),
 * Submit (every seed, on the server; a plain form post without JavaScript) and the results panel.
 */
export function SimWorkspace() {
  const data = useLoaderData<typeof loader>()
  const { problem } = data
  const workload = problem.workload as WorkloadInput
  const [code, setCodeState] = useState(data.initial.code)
  const [language, setLanguageState] = useState<Language>(data.initial.language)
  const latest = useRef({ code: data.initial.code, language: data.initial.language as Language })
  const setCode = useCallback((next: string) => {
    latest.current.code = next
    setCodeState(next)
  }, [])
  const setLanguage = useCallback((next: Language) => {
    latest.current.language = next
    setLanguageState(next)
  }, [])
  const [seed, setSeed] = useState(String(problem.seeds[0] ?? 1))
  const [run, setRun] = useState<RunState>({ status: 'idle' })
  const [shown, setShown] = useState<'run' | 'submission' | null>(null)
  const [saveState, setSaveState] = useState(
    data.initial.source === 'draft' ? 'Draft restored' : '',
  )
  const draftFetcher = useFetcher<typeof action>()
  const submitFetcher = useFetcher<typeof action>()
  const resetFetcher = useFetcher<typeof action>()
  const poll = useFetcher<typeof submissionLoader>()
  const revalidator = useRevalidator()
  const edited = useRef(false)
  const seedId = useId()
  const reviewing = data.mode === 'review'

  useEffect(() => {
    if (!edited.current || !data.signedIn || reviewing) return
    const timer = setTimeout(() => {
      setSaveState('Saving…')
      draftFetcher.submit({ intent: 'save-draft', code, language }, { method: 'post' })
    }, autosaveMs)
    return () => clearTimeout(timer)
    // draftFetcher is stable for our purposes; including it would re-arm the timer on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, language, data.signedIn, reviewing])

  useEffect(() => {
    const saved =
      draftFetcher.data && 'savedAt' in draftFetcher.data ? draftFetcher.data.savedAt : undefined
    if (draftFetcher.state === 'idle' && typeof saved === 'number')
      setSaveState(`Draft saved at ${new Date(saved).toISOString().slice(11, 16)} UTC`)
  }, [draftFetcher.state, draftFetcher.data])

  const submissionId =
    submitFetcher.data && 'submissionId' in submitFetcher.data
      ? submitFetcher.data.submissionId
      : undefined
  const submitErrors = submitFetcher.data?.result?.error
    ? Object.values(submitFetcher.data.result.error).flat()
    : []
  const submission =
    poll.data?.submission && poll.data.submission.id === submissionId
      ? poll.data.submission
      : undefined
  const pending =
    submissionId !== undefined &&
    (!submission || submission.status === 'queued' || submission.status === 'running')

  const judged = submission && !pending ? submission.id : undefined
  useEffect(() => {
    if (judged !== undefined) revalidator.revalidate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [judged])

  useEffect(() => {
    if (submissionId === undefined || !pending) return
    const timer = setTimeout(
      () => poll.state === 'idle' && poll.load(`/submissions/${submissionId}`),
      submission ? 500 : 150,
    )
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submissionId, pending, poll.state, submission?.status])

  const doRun = useCallback(async () => {
    const chosen = Number(seed)
    if (!Number.isInteger(chosen) || chosen < 0 || chosen > 0xffffffff) {
      setShown('run')
      setRun({ status: 'error', message: 'The seed is a whole number from 0 to 4294967295.' })
      return
    }
    const source: SimSource = {
      code: latest.current.code,
      language: latest.current.language,
      workload,
    }
    setShown('run')
    setRun({ status: 'running', seed: chosen })
    try {
      // Loaded on demand so that the simulator never weighs on the page's first load.
      const { simulateInBrowser } = await import('~/sim/browser/run-in-browser')
      const result = await simulateInBrowser({ ...source, seed: chosen })
      setRun({ status: 'done', result, source })
    } catch (error) {
      setRun({ status: 'error', message: (error as Error).message })
    }
  }, [seed, workload])

  const doSubmit = useCallback(() => {
    if (!data.signedIn) return
    setShown('submission')
    submitFetcher.submit(
      { intent: 'submit', ...latest.current, mode: data.mode, inline: '1' },
      { method: 'post' },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.mode, data.signedIn])

  function changeLanguage(next: Language) {
    const starters = data.starters as Record<Language, string>
    if (code.trim() === starters[language].trim()) setCode(starters[next])
    setLanguage(next)
    edited.current = true
  }

  function resetToStarter() {
    if (!window.confirm('Replace your code with the starter? Your draft is discarded.')) return
    setCode((data.starters as Record<Language, string>)[language])
    edited.current = false
    if (data.signedIn && !reviewing) resetFetcher.submit({ intent: 'reset' }, { method: 'post' })
    setSaveState('Reset to the starter')
  }

  const submittedResult = submission?.result as StoredSimResult | null | undefined

  return (
    <section
      aria-labelledby="solve-heading"
      className="min-w-0 space-y-3"
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented)
          return
        event.preventDefault()
        if (event.shiftKey) doSubmit()
        else void doRun()
      }}
    >
      <h2 id="solve-heading" className="text-lg font-semibold">
        Your node program
      </h2>
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
          <select
            id="language"
            name="language"
            value={language}
            onChange={(event) => changeLanguage(event.target.value as Language)}
            className="input w-40 py-1"
          >
            <option value="typescript">TypeScript</option>
            <option value="javascript">JavaScript</option>
          </select>
          <span
            className="text-xs text-slate-600 dark:text-slate-400"
            aria-live="polite"
            data-testid="save-state"
          >
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
          extraTypes={data.editorTypes}
        />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Ctrl/⌘+Enter runs one seed in your browser, Ctrl/⌘+Shift+Enter submits every seed to the
          server.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor={seedId} className="text-sm font-medium">
            Seed
          </label>
          <input
            id={seedId}
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(event) => setSeed(event.target.value)}
            className="input w-28 py-1"
            data-testid="sim-seed-input"
          />
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void doRun()}
            disabled={run.status === 'running'}
            data-testid="sim-run"
          >
            {run.status === 'running' ? 'Running…' : 'Run in browser'}
          </button>
          {data.signedIn ? (
            <button
              type="submit"
              name="intent"
              value="submit"
              className="btn-primary"
              disabled={submitFetcher.state !== 'idle' || pending}
            >
              {pending ? 'Judging…' : 'Submit'}
            </button>
          ) : (
            <Link
              to={`/signup?redirectTo=${encodeURIComponent(`/sim/${problem.slug}`)}`}
              className="btn-primary"
            >
              Sign up to submit
            </Link>
          )}
          <button
            type="submit"
            name="intent"
            value="reset"
            formNoValidate
            className="btn-secondary"
          >
            Reset to starter
          </button>
        </div>
        {submitErrors.length ? (
          <p role="alert" className="field-error">
            {submitErrors.join(' ')}
          </p>
        ) : null}
      </Form>

      <section
        aria-labelledby="sim-results-heading"
        aria-live="polite"
        className="card space-y-3"
        hidden={shown === null}
      >
        <h3 id="sim-results-heading" className="font-semibold">
          {shown === 'run'
            ? 'Run in your browser'
            : submissionId
              ? `Submission ${submissionId}`
              : 'Submission'}
        </h3>
        {shown === 'run' ? (
          run.status === 'running' ? (
            <p className="text-xl font-bold" data-testid="run-verdict">
              Running seed {run.seed}…
            </p>
          ) : run.status === 'error' ? (
            <p role="alert" className="field-error">
              {run.message}
            </p>
          ) : run.status === 'done' ? (
            <SimResultPanel result={run.result} source={run.source} testIdPrefix="run" />
          ) : null
        ) : shown === 'submission' ? (
          <>
            {!submission || pending ? (
              <p className="text-xl font-bold" data-testid="submit-verdict">
                {submission?.status === 'running' ? 'Judging…' : 'Queued…'}
              </p>
            ) : submission.status === 'failed' || !submittedResult ? (
              <>
                <p className="text-xl font-bold" data-testid="submit-verdict">
                  {submission.status === 'failed'
                    ? 'Not judged'
                    : (verdictLabels[submission.verdict ?? ''] ?? submission.verdict)}
                </p>
                {submission.message ? <p className="text-sm">{submission.message}</p> : null}
              </>
            ) : (
              <SimResultPanel
                result={submittedResult}
                source={{ code: submission.code, language: submission.language, workload }}
                testIdPrefix="submission"
              />
            )}
            {submission && !pending ? (
              <p className="text-sm">
                <Link to={`/submissions/${submission.id}`} className="link">
                  Open submission {submission.id}
                </Link>
              </p>
            ) : null}
            {reviewing && submission && submission.status === 'done' && !pending ? (
              <RateRecall
                slug={problem.slug}
                submissionId={submission.id}
                accepted={submission.verdict === 'accepted'}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </section>
  )
}
