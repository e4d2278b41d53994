import { type JobRole } from '~/utils/roles'
import { type Concept, lexicon as defaultLexicon } from './lexicon'

/** What the matcher can point at: tracks, their modules in order, and the tags of each module's problems. */
export interface CatalogTrack {
  slug: string
  title: string
  roles: string[]
  modules: { slug: string; title: string; tags: string[] }[]
}

export interface ModuleRef {
  track: string
  module: string
  title: string
}

export interface RequirementMatch {
  /** The words in the posting that matched, longest first. */
  terms: string[]
  concept: string
  modules: ModuleRef[]
}

export interface Requirement {
  line: number
  text: string
  matches: RequirementMatch[]
}

export interface PlanModule {
  slug: string
  title: string
  /** Concepts that put this module in the plan, e.g. "Reliability and SLOs (five nines)"; empty for a role plan. */
  reasons: string[]
}

export interface StudyPlan {
  tracks: { slug: string; title: string; modules: PlanModule[] }[]
}

export interface PostingAnalysis {
  requirements: Requirement[]
  unmatched: { line: number; text: string }[]
  plan: StudyPlan
}

const fold = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim()} `

/** Splits a posting into requirement-sized pieces: bullets and lines, long lines at sentence ends. */
export function splitRequirements(posting: string) {
  const out: { line: number; text: string }[] = []
  posting.split(/\r?\n/).forEach((raw, index) => {
    const cleaned = raw.replace(/^\s*(?:[-*•·▪◦]|\d+[.)])\s*/, '').trim()
    if (!cleaned) return
    for (const sentence of cleaned.split(/(?<=[.;!?])\s+(?=[A-Z])/)) {
      const text = sentence.trim()
      // Headings ("What you'll do:") and fragments carry no requirement of their own.
      if (text.endsWith(':') || text.split(/\s+/).length < 3) continue
      out.push({ line: index + 1, text })
    }
  })
  return out
}

function resolveConcept(concept: Concept, catalog: readonly CatalogTrack[]): ModuleRef[] {
  const refs = new Map<string, ModuleRef>()
  for (const track of catalog) {
    track.modules.forEach((m) => {
      const byTrack = concept.tracks?.includes(track.slug) ?? false
      const byModule = concept.modules?.includes(`${track.slug}/${m.slug}`) ?? false
      const inScope = concept.within?.includes(track.slug) ?? true
      const byTag = inScope && (concept.tags?.some((tag) => m.tags.includes(tag)) ?? false)
      if (byTrack || byModule || byTag) refs.set(`${track.slug}/${m.slug}`, { track: track.slug, module: m.slug, title: m.title })
    })
  }
  return [...refs.values()]
}

/**
 * Maps each requirement of a job posting to modules through the lexicon. Deterministic: the same posting
 * and catalog always give the same plan, and every module in it says which words put it there.
 */
export function analyzePosting({ posting, catalog, lexicon = defaultLexicon }: { posting: string; catalog: readonly CatalogTrack[]; lexicon?: readonly Concept[] }): PostingAnalysis {
  const requirements: Requirement[] = []
  const unmatched: { line: number; text: string }[] = []
  const reasons = new Map<string, Set<string>>()
  for (const piece of splitRequirements(posting)) {
    const folded = fold(piece.text)
    const matches: RequirementMatch[] = []
    for (const concept of lexicon) {
      const found = [...concept.terms].sort((a, b) => b.length - a.length || a.localeCompare(b)).filter((t) => folded.includes(fold(t)))
      // A shorter term inside a longer one found here ("budget" in "error budget") adds nothing.
      const terms = found.filter((t, i) => !found.slice(0, i).some((longer) => fold(longer).includes(fold(t))))
      if (terms.length === 0) continue
      const modules = resolveConcept(concept, catalog)
      if (modules.length === 0) continue
      matches.push({ terms, concept: concept.name, modules })
      for (const ref of modules) {
        const key = `${ref.track}/${ref.module}`
        if (!reasons.has(key)) reasons.set(key, new Set())
        reasons.get(key)!.add(`${concept.name} (${terms.map((t) => `“${t}”`).join(', ')})`)
      }
    }
    if (matches.length) requirements.push({ ...piece, matches })
    else unmatched.push(piece)
  }
  const plan: StudyPlan = { tracks: [] }
  for (const track of catalog) {
    const modules = track.modules
      .filter((m) => reasons.has(`${track.slug}/${m.slug}`))
      .map((m) => ({ slug: m.slug, title: m.title, reasons: [...reasons.get(`${track.slug}/${m.slug}`)!].sort() }))
    if (modules.length) plan.tracks.push({ slug: track.slug, title: track.title, modules })
  }
  return { requirements, unmatched, plan }
}

/** A plan for a role: every track tagged with it, all modules in their order. */
export function buildRolePlan({ role, catalog }: { role: JobRole; catalog: readonly CatalogTrack[] }): StudyPlan {
  return {
    tracks: catalog
      .filter((t) => t.roles.includes(role))
      .map((t) => ({ slug: t.slug, title: t.title, modules: t.modules.map((m) => ({ slug: m.slug, title: m.title, reasons: [] })) })),
  }
}
