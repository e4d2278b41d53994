import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { createHighlighterCore, type HighlighterCore } from 'shiki/core'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'
import { unified } from 'unified'

export interface RenderedMarkdown {
  html: string
  /** Wall time of the render, for the content check's timings. */
  ms: number
}

/**
 * Languages a statement or editorial may highlight; anything else renders as plain text. Aliases come
 * with the grammars: ts, js, yml, sh/shell.
 */
export const highlightedLanguages = [
  'typescript',
  'javascript',
  'json',
  'yaml',
  'shellscript',
  'sql',
] as const

let processorPromise: ReturnType<typeof createProcessor> | undefined

async function createHighlighter(): Promise<HighlighterCore> {
  return createHighlighterCore({
    // The JS regex engine avoids loading the Oniguruma WASM on the server; these grammars are supported by it.
    engine: createJavaScriptRegexEngine(),
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [
      import('shiki/langs/typescript.mjs'),
      import('shiki/langs/javascript.mjs'),
      import('shiki/langs/json.mjs'),
      import('shiki/langs/yaml.mjs'),
      import('shiki/langs/shellscript.mjs'),
      import('shiki/langs/sql.mjs'),
    ],
  })
}

async function createProcessor() {
  const highlighter = await createHighlighter()
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Raw HTML is dropped here (no allowDangerousHtml), and sanitize runs on the rest before highlighting
      // so that Shiki's inline styles survive while author-controlled attributes do not.
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(
        rehypeShikiFromHighlighter,
        highlighter as Parameters<typeof rehypeShikiFromHighlighter>[0],
        {
          themes: { light: 'github-light', dark: 'github-dark' },
          defaultColor: 'light',
          defaultLanguage: 'text',
          fallbackLanguage: 'text',
        },
      )
      .use(rehypeStringify)
  )
}

function getProcessor() {
  processorPromise ??= createProcessor().catch((error: unknown) => {
    processorPromise = undefined
    throw error
  })
  return processorPromise
}

/**
 * Renders a statement, hint or editorial to safe HTML: GFM, server-side highlighting (light colours
 * inline, dark ones in `--shiki-dark` variables), raw HTML and unsafe URLs removed.
 */
export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const processor = await getProcessor()
  const started = performance.now()
  const file = await processor.process(markdown)
  return { html: String(file), ms: performance.now() - started }
}
