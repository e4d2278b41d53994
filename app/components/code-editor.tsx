import { useEffect, useRef, useState, type ComponentType } from 'react'
import type * as MonacoReact from '@monaco-editor/react'
import { type EditorProps } from '@monaco-editor/react'
import { type Language } from '~/judge/types'

type MonacoModule = typeof MonacoReact
type MonacoInstance = Parameters<NonNullable<EditorProps['beforeMount']>>[0]

let monacoModule: Promise<MonacoModule> | undefined

/** Loads the React wrapper on demand and points Monaco at our own origin (it must work offline). */
function loadMonaco(base: string) {
  monacoModule ??= import('@monaco-editor/react').then((mod) => {
    mod.loader.config({ paths: { vs: base } })
    return mod
  })
  return monacoModule
}

export interface CodeEditorProps {
  id: string
  name: string
  label: string
  language: Language
  value: string
  onChange: (value: string) => void
  onRun?: () => void
  onSubmit?: () => void
  /** URL of Monaco's `vs` folder, versioned so it is cached for a year. */
  monacoBase: string
  /** The sandbox's globals as a .d.ts, for the TypeScript service. */
  extraTypes: string
}

/**
 * A plain textarea (the form field, and all a browser without JavaScript gets) that becomes Monaco once
 * it has loaded; the textarea stays in the form, hidden, and follows the editor's text.
 */
export function CodeEditor({ id, name, label, language, value, onChange, onRun, onSubmit, monacoBase, extraTypes }: CodeEditorProps) {
  const [Editor, setEditor] = useState<ComponentType<EditorProps> | null>(null)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)
  const actions = useRef({ onRun, onSubmit })
  actions.current = { onRun, onSubmit }

  useEffect(() => {
    let cancelled = false
    loadMonaco(monacoBase)
      .then((mod) => !cancelled && setEditor(() => mod.default))
      .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
    }
  }, [monacoBase])

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
    <div className="rounded-md border border-slate-300 dark:border-slate-700">
      <label htmlFor={ready ? `${id}-monaco` : id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={20}
        spellCheck={false}
        hidden={ready}
        className={`${ready ? 'hidden' : 'block'} w-full resize-y rounded-md border-0 bg-white p-3 font-mono text-sm dark:bg-slate-950`}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            if (event.shiftKey) actions.current.onSubmit?.()
            else actions.current.onRun?.()
          }
        }}
      />
      {Editor && !failed ? (
        <div className={ready ? 'h-[28rem]' : 'h-0 overflow-hidden'} data-testid="monaco-container">
          <Editor
            height="100%"
            language={language}
            value={value}
            path={`file:///solution.${language === 'typescript' ? 'ts' : 'js'}`}
            onChange={(next) => onChange(next ?? '')}
            beforeMount={beforeMount}
            onMount={(editor, monaco) => {
              const { KeyMod, KeyCode } = monaco
              editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => actions.current.onRun?.())
              editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, () => actions.current.onSubmit?.())
              const textarea = editor.getDomNode()?.querySelector('textarea')
              if (textarea) textarea.id = `${id}-monaco`
              setReady(true)
            }}
            options={{
              minimap: { enabled: false },
              fontSize: 14,
              scrollBeyondLastLine: false,
              tabSize: 2,
              automaticLayout: true,
              ariaLabel: label,
              accessibilitySupport: 'auto',
            }}
            theme={typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'light'}
          />
        </div>
      ) : null}
    </div>
  )
}
