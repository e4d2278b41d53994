import { useEffect, useState, type ComponentType } from 'react'
import type * as MonacoReact from '@monaco-editor/react'
import { type EditorProps } from '@monaco-editor/react'

type MonacoModule = typeof MonacoReact
type MonacoInstance = Parameters<NonNullable<EditorProps['beforeMount']>>[0]

/** A validation message on one file (mirrors the server's AuthoredIssue). */
export interface FileIssue {
  file: string
  line: number
  column?: number
  message: string
}

let monacoModule: Promise<MonacoModule> | undefined

function loadMonaco(base: string) {
  monacoModule ??= import('@monaco-editor/react').then((mod) => {
    mod.loader.config({ paths: { vs: base } })
    return mod
  })
  return monacoModule
}

/** Monaco's language for a file of the problem format. */
export function languageOf(file: string) {
  if (file.endsWith('.md')) return 'markdown'
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return 'yaml'
  if (file.endsWith('.json')) return 'json'
  if (file.endsWith('.js')) return 'javascript'
  return 'typescript'
}

const fileId = (index: number) => `file-${index}`

export interface AuthorEditorProps {
  slug: string
  files: string[]
  texts: Record<string, string>
  onChange: (file: string, text: string) => void
  active: string
  onActiveChange: (file: string) => void
  errors: FileIssue[]
  warnings: FileIssue[]
  removable: string[]
  monacoBase: string
  extraTypes: string
}

/**
 * Every file of the problem as a textarea inside the surrounding form (all a browser without JavaScript
 * gets, stacked). With JavaScript the files become tabs, and the open one is edited in Monaco, which
 * writes through to its textarea so the form always posts every file.
 */
export function AuthorEditor({ slug, files, texts, onChange, active, onActiveChange, errors, warnings, removable, monacoBase, extraTypes }: AuthorEditorProps) {
  const [enhanced, setEnhanced] = useState(false)
  const [Editor, setEditor] = useState<ComponentType<EditorProps> | null>(null)
  const [readyFor, setReadyFor] = useState<string | null>(null)

  useEffect(() => {
    setEnhanced(true)
    let cancelled = false
    loadMonaco(monacoBase)
      .then((mod) => !cancelled && setEditor(() => mod.default))
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [monacoBase])

  const issuesOf = (file: string) => ({
    errors: errors.filter((e) => e.file === file),
    warnings: warnings.filter((w) => w.file === file),
  })

  function beforeMount(monaco: MonacoInstance) {
    const options = {
      target: monaco.languages.typescript.ScriptTarget.ES2020,
      lib: ['es2020'],
      strict: true,
      noEmit: true,
      allowNonTsExtensions: true,
      checkJs: false,
    }
    monaco.languages.typescript.typescriptDefaults.setCompilerOptions(options)
    monaco.languages.typescript.javascriptDefaults.setCompilerOptions(options)
    for (const defaults of [monaco.languages.typescript.typescriptDefaults, monaco.languages.typescript.javascriptDefaults]) {
      defaults.addExtraLib(extraTypes, 'file:///drill-sandbox.d.ts')
    }
  }

  return (
    <div className="space-y-3">
      {enhanced ? (
        <div role="tablist" aria-label="Files" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-800">
          {files.map((file, index) => {
            const { errors: fileErrors, warnings: fileWarnings } = issuesOf(file)
            return (
              <button
                key={file}
                type="button"
                role="tab"
                id={`${fileId(index)}-tab`}
                aria-selected={file === active}
                aria-controls={fileId(index)}
                onClick={() => onActiveChange(file)}
                className={`rounded-md px-2 py-1 font-mono text-xs ${file === active ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900' : 'bg-slate-100 text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200'}`}
              >
                {file}
                {fileErrors.length ? <span className="ml-1 rounded-full bg-red-700 px-1.5 text-white">{fileErrors.length}</span> : null}
                {fileWarnings.length ? <span className="ml-1 rounded-full bg-amber-600 px-1.5 text-white">{fileWarnings.length}</span> : null}
              </button>
            )
          })}
        </div>
      ) : (
        <nav aria-label="Files">
          <ul className="flex flex-wrap gap-2 text-sm">
            {files.map((file, index) => (
              <li key={file}>
                <a href={`#${fileId(index)}`} className="link font-mono">
                  {file}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {files.map((file, index) => {
        const { errors: fileErrors, warnings: fileWarnings } = issuesOf(file)
        const shown = !enhanced || file === active
        const monacoHere = enhanced && file === active && Editor
        return (
          <section
            key={file}
            id={fileId(index)}
            role={enhanced ? 'tabpanel' : undefined}
            aria-labelledby={enhanced ? `${fileId(index)}-tab` : `${fileId(index)}-heading`}
            hidden={!shown}
            className="space-y-2"
            data-testid={`file-${file}`}
          >
            <div className="flex flex-wrap items-center gap-3">
              <h3 id={`${fileId(index)}-heading`} className="font-mono text-sm font-semibold">
                {file}
              </h3>
              {removable.includes(file) ? (
                <button type="submit" name="intent" value={`remove:${file}`} className="link text-xs" formNoValidate>
                  Remove {file}
                </button>
              ) : null}
            </div>
            <IssueList errors={fileErrors} warnings={fileWarnings} file={file} />
            <input type="hidden" name={`files[${index}].path`} value={file} />
            <label htmlFor={`${fileId(index)}-text`} className="sr-only">
              Contents of {file}
            </label>
            <textarea
              id={`${fileId(index)}-text`}
              name={`files[${index}].content`}
              value={texts[file] ?? ''}
              onChange={(event) => onChange(file, event.target.value)}
              rows={Math.min(24, Math.max(6, (texts[file] ?? '').split('\n').length + 1))}
              spellCheck={false}
              hidden={readyFor === file && Boolean(monacoHere)}
              className="block w-full resize-y rounded-md border border-slate-300 bg-white p-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
            />
            {monacoHere ? (
              <div className={readyFor === file ? 'h-[28rem] rounded-md border border-slate-300 dark:border-slate-700' : 'h-0 overflow-hidden'} data-testid="monaco-container">
                <Editor
                  height="100%"
                  language={languageOf(file)}
                  value={texts[file] ?? ''}
                  path={`file:///author/${slug}/${file}`}
                  onChange={(next) => onChange(file, next ?? '')}
                  beforeMount={beforeMount}
                  onMount={() => setReadyFor(file)}
                  options={{
                    minimap: { enabled: false },
                    fontSize: 14,
                    scrollBeyondLastLine: false,
                    tabSize: 2,
                    automaticLayout: true,
                    wordWrap: file.endsWith('.md') ? 'on' : 'off',
                    ariaLabel: `Contents of ${file}`,
                    accessibilitySupport: 'auto',
                  }}
                  theme={typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'light'}
                />
              </div>
            ) : null}
          </section>
        )
      })}
    </div>
  )
}

/** Errors and warnings of one file, each with its line. */
export function IssueList({ errors, warnings, file }: { errors: FileIssue[]; warnings: FileIssue[]; file: string }) {
  if (errors.length === 0 && warnings.length === 0) return null
  const where = (issue: FileIssue) => `${issue.file || file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`
  return (
    <ul className="space-y-1 text-sm" data-testid={`issues-${file}`}>
      {errors.map((issue, i) => (
        <li key={`e${i}`} className="rounded-md bg-red-50 px-2 py-1 text-red-900 dark:bg-red-950 dark:text-red-200">
          <span className="font-semibold">Error</span> <code>{where(issue)}</code>: {issue.message}
        </li>
      ))}
      {warnings.map((issue, i) => (
        <li key={`w${i}`} className="rounded-md bg-amber-50 px-2 py-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          <span className="font-semibold">Warning</span> <code>{where(issue)}</code>: {issue.message}
        </li>
      ))}
    </ul>
  )
}
