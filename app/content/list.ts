import { type LoadedContent } from './loader'
import { type Difficulty, type ProblemKind } from './schema'

export interface ProblemSummary {
  slug: string
  title: string
  kind: ProblemKind
  tracks: string[]
  difficulty: Difficulty
  tests: number
  hiddenTests: number
  wrongSolutions: number
}

/** One row per loaded problem, in track order first (then the rest by slug), for `drill problems list`. */
export function listProblemSummaries({
  content,
}: {
  content: Pick<LoadedContent, 'tracks' | 'problems'>
}): ProblemSummary[] {
  const tracksOf = new Map<string, string[]>()
  const order: string[] = []
  for (const track of content.tracks) {
    for (const module of track.modules) {
      for (const slug of module.items) {
        if (!tracksOf.has(slug)) {
          tracksOf.set(slug, [])
          order.push(slug)
        }
        const tracks = tracksOf.get(slug)!
        if (!tracks.includes(track.slug)) tracks.push(track.slug)
      }
    }
  }
  const rank = new Map(order.map((slug, i) => [slug, i]))
  return [...content.problems]
    .sort(
      (a, b) =>
        (rank.get(a.slug) ?? Infinity) - (rank.get(b.slug) ?? Infinity) ||
        a.slug.localeCompare(b.slug),
    )
    .map((problem) => ({
      slug: problem.slug,
      title: problem.frontmatter.title,
      kind: problem.kind,
      tracks: tracksOf.get(problem.slug) ?? [],
      difficulty: problem.frontmatter.difficulty,
      // A sim problem's cases are its workload's seeds, all of them judged on submit.
      tests:
        problem.kind === 'code' ? problem.tests.length : problem.kind === 'sim' ? problem.seeds.length : 0,
      hiddenTests:
        problem.kind === 'code' ? problem.tests.filter((test) => !test.visible).length : 0,
      wrongSolutions:
        problem.kind === 'code' || problem.kind === 'sim' ? problem.wrongSolutions.length : 0,
    }))
}
