import { useState } from 'react'
import { type JudgeProblem, type JudgeResult, type Language } from '~/judge/types'
import { verdictLabels } from '~/utils/verdicts'
import { TestDiff } from './test-diff'

/** "Run": the visible tests in a Web Worker, with the same engine, harness and budgets as the server. */
export function RunPanel({ problem, readCode }: { problem: JudgeProblem | null; readCode: () => { code: string; language: Language } }) {
  const [state, setState] = useState<{ status: 'idle' | 'running' | 'done' | 'error'; result?: JudgeResult; error?: string }>({ status: 'idle' })
  if (!problem) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Run is not available for this problem yet; Submit judges it on the server.</p>
  }
  async function run() {
    setState({ status: 'running' })
    try {
      // Loaded on demand so the QuickJS runner never weighs on the page's first load.
      const { runInBrowser } = await import('~/judge/browser/run-in-browser')
      const result = await runInBrowser({ ...readCode(), problem: problem! })
      setState({ status: 'done', result })
    } catch (error) {
      setState({ status: 'error', error: (error as Error).message })
    }
  }
  return (
    <section aria-labelledby="run-heading" className="space-y-3">
      <div className="flex items-center gap-3">
        <h3 id="run-heading" className="sr-only">
          Run the visible tests
        </h3>
        <button type="button" className="btn-secondary" onClick={run} disabled={state.status === 'running'}>
          {state.status === 'running' ? 'Running…' : 'Run visible tests'}
        </button>
        <span aria-live="polite" className="text-sm font-semibold" data-testid="run-verdict">
          {state.status === 'done' && state.result ? verdictLabels[state.result.verdict] : state.status === 'error' ? 'Run failed' : ''}
        </span>
      </div>
      {state.error ? <p role="alert" className="field-error">{state.error}</p> : null}
      {state.result?.compileError ? (
        <p role="alert" className="field-error">
          {state.result.compileError.message}
        </p>
      ) : null}
      {state.result && state.result.tests.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Visible test results</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-2">Test</th>
              <th scope="col" className="py-1 pr-2">Result</th>
              <th scope="col" className="py-1 pr-2">Cost (ticks)</th>
              <th scope="col" className="py-1">Details</th>
            </tr>
          </thead>
          <tbody>
            {state.result.tests.map((test) => (
              <tr key={test.id} className="align-top" data-testid={`run-test-${test.id}`}>
                <td className="py-1 pr-2">{test.name ?? `#${test.id}`}</td>
                <td className="py-1 pr-2">{verdictLabels[test.status] ?? test.status}</td>
                <td className="py-1 pr-2" data-testid="cost">{test.cost}</td>
                <td className="py-1 font-mono text-xs">
                  {test.message ? <p className="font-sans">{test.message}</p> : null}
                  {test.status !== 'accepted' && test.status !== 'skipped' ? (
                    <TestDiff input={test.input} expected={test.expected} actual={test.actual} />
                  ) : null}
                  {test.output ? <pre className="whitespace-pre-wrap">{test.output}</pre> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
