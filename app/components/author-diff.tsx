import { type FileDiff } from '~/utils/diff'

const statusLabel = { added: 'added', removed: 'removed', changed: 'changed' } as const
const lineClass = {
  same: 'text-slate-700 dark:text-slate-300',
  add: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  del: 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200',
} as const
const sign = { same: ' ', add: '+', del: '-' } as const

/** A per-file line diff, unified style, with the old and new line numbers. */
export function AuthorDiff({ diffs, label }: { diffs: FileDiff[]; label: string }) {
  if (diffs.length === 0) return <p className="text-sm">No file changed.</p>
  return (
    <div className="space-y-4" data-testid="version-diff" aria-label={label}>
      {diffs.map((file) => (
        <section key={file.path} className="rounded-md border border-slate-200 dark:border-slate-800">
          <h4 className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 text-sm font-semibold dark:border-slate-800">
            <code>{file.path}</code>
            <span className="font-normal">
              {statusLabel[file.status]} · <span className="text-emerald-700 dark:text-emerald-400">+{file.added}</span>{' '}
              <span className="text-red-700 dark:text-red-400">−{file.removed}</span>
            </span>
          </h4>
          <div className="overflow-x-auto">
            <table className="w-full font-mono text-xs">
              <caption className="sr-only">Changes to {file.path}: added lines marked +, removed lines marked −</caption>
              {file.hunks.map((hunk, h) => (
                <tbody key={h} className="border-t border-slate-100 first:border-0 dark:border-slate-800">
                  <tr>
                    <td colSpan={3} className="bg-slate-50 px-3 py-1 text-slate-500 dark:bg-slate-900">
                      @@ −{hunk.oldStart},{hunk.oldLines} +{hunk.newStart},{hunk.newLines} @@
                    </td>
                  </tr>
                  {hunk.lines.map((line, i) => (
                    <tr key={i} className={lineClass[line.type]}>
                      <td className="w-10 select-none px-2 text-right text-slate-400">{line.oldLine ?? ''}</td>
                      <td className="w-10 select-none px-2 text-right text-slate-400">{line.newLine ?? ''}</td>
                      <td className="whitespace-pre px-2">
                        <span aria-hidden="true">{sign[line.type]} </span>
                        <span className="sr-only">{line.type === 'add' ? 'added: ' : line.type === 'del' ? 'removed: ' : ''}</span>
                        {line.text}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      ))}
    </div>
  )
}
