import { formatRelativeCost } from '~/judge/budget'
import { verdictLabels } from '~/utils/verdicts'
import { TestDiff } from './test-diff'

export interface TestRow {
  id: number
  name: string
  status: string
  cost: number
  budget?: number | null
  /** The reference's cost on this test, when known. */
  referenceCost?: number | null
  message?: string | null
  output?: string | null
  /** Input, expected and actual: visible tests only. */
  diff?: { input: unknown; expected: unknown; actual: unknown } | null
}

/** Per-test results of a Run or a submission: status, cost against budget and reference, diff, console. */
export function TestResultsTable({ rows, caption, testIdPrefix = 'test' }: { rows: TestRow[]; caption: string; testIdPrefix?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className="px-2 py-1">Test</th>
            <th scope="col" className="px-2 py-1">Result</th>
            <th scope="col" className="px-2 py-1">Cost (ticks)</th>
            <th scope="col" className="px-2 py-1">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`${testIdPrefix}-${row.id}`} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
              <td className="px-2 py-1">{row.name}</td>
              <td className={`px-2 py-1 font-medium ${row.status === 'accepted' ? 'text-emerald-700 dark:text-emerald-400' : row.status === 'skipped' ? '' : 'text-red-700 dark:text-red-400'}`}>
                {verdictLabels[row.status] ?? row.status}
              </td>
              <td className="px-2 py-1 whitespace-nowrap" data-testid="cost">
                {row.cost.toLocaleString('en')}
                {row.budget ? ` / ${row.budget.toLocaleString('en')}` : ''}
                {row.referenceCost ? <span className="block text-xs text-slate-600 dark:text-slate-400">{formatRelativeCost(row.cost, row.referenceCost)}</span> : null}
              </td>
              <td className="px-2 py-1">
                {row.message ? <p>{row.message}</p> : null}
                {row.diff && row.status !== 'accepted' && row.status !== 'skipped' ? <TestDiff className="mt-1 font-mono text-xs" {...row.diff} /> : null}
                {row.output ? (
                  <div className="mt-1">
                    <span className="text-xs font-semibold">Console</span>
                    <pre className="whitespace-pre-wrap rounded bg-slate-100 p-1 text-xs dark:bg-slate-900">{row.output}</pre>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
