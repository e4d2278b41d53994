import { type CodeProblem } from '~/content/types'
import { renderMarkdown } from './markdown.server'

interface RenderedDocs {
  hints: { title: string; html: string }[]
  editorial: string
}

// Hints and editorials are rendered on first use per problem version; a few dozen versions cover a
// study group's working set, and a version's text never changes.
const cache = new Map<number, Promise<RenderedDocs>>()
const cacheLimit = 64

/** The rendered hints and editorial of a problem version. Callers decide which parts a candidate may see. */
export function getProblemDocs({ versionId, content }: { versionId: number; content: Pick<CodeProblem, 'hints' | 'editorial'> }) {
  let docs = cache.get(versionId)
  if (!docs) {
    docs = (async () => ({
      hints: await Promise.all(content.hints.map(async (h) => ({ title: h.title, html: (await renderMarkdown(h.markdown)).html }))),
      editorial: (await renderMarkdown(content.editorial)).html,
    }))()
    cache.set(versionId, docs)
    if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!)
    docs.catch(() => cache.delete(versionId))
  }
  return docs
}
