import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzePosting, buildRolePlan, splitRequirements, type CatalogTrack } from './matcher'

const posting = (name: string) => readFileSync(new URL(`../../tests/fixtures/postings/${name}.txt`, import.meta.url), 'utf8')

const catalog: CatalogTrack[] = [
  {
    slug: 'algorithms',
    title: 'Algorithms',
    roles: ['backend', 'cloud-infra', 'sre'],
    modules: [
      { slug: 'arrays-hashing', title: 'Arrays & hashing', tags: ['arrays', 'hashing'] },
      { slug: 'graphs', title: 'Graphs', tags: ['graph', 'bfs'] },
    ],
  },
  {
    slug: 'distributed-systems',
    title: 'Distributed systems',
    roles: ['backend', 'cloud-infra'],
    modules: [
      { slug: 'foundations', title: 'Foundations', tags: ['consistency', 'clocks'] },
      { slug: 'patterns', title: 'Patterns', tags: ['rate-limiting', 'resilience', 'idempotency'] },
    ],
  },
  {
    slug: 'dri-oncall',
    title: 'DRI on-call',
    roles: ['cloud-infra', 'sre'],
    modules: [
      { slug: 'reliability-drills', title: 'Reliability drills', tags: ['slo', 'availability', 'percentiles'] },
      { slug: 'incidents', title: 'Incidents', tags: ['incident'] },
    ],
  },
]

describe('job-posting matcher', () => {
  it('maps the senior cloud-infrastructure posting to the distributed-systems, DRI and algorithms tracks, with the words that led there', () => {
    const result = analyzePosting({ posting: posting('senior-cloud-infrastructure-engineer'), catalog })
    expect(result.plan.tracks.map((t) => t.slug)).toEqual(['algorithms', 'distributed-systems', 'dri-oncall'])
    const fiveNines = result.requirements.find((r) => r.text.includes('five-9s'))!
    expect(fiveNines.matches.find((m) => m.concept === 'Reliability and SLOs')!.terms).toEqual(expect.arrayContaining(['five 9s', '99.999%', 'error budgets']))
    const drills = result.plan.tracks.find((t) => t.slug === 'dri-oncall')!.modules.find((m) => m.slug === 'reliability-drills')!
    expect(drills.reasons.some((r) => r.startsWith('Reliability and SLOs'))).toBe(true)
    expect(result.unmatched.map((u) => u.text)).toContain('6+ years of professional software engineering experience.')
    expect(result.unmatched.map((u) => u.text)).toContain('Fluency in at least one of C#, Go, Java or Rust.')
  })

  it('gives the same analysis every time', () => {
    const text = posting('backend-engineer-payments')
    expect(JSON.stringify(analyzePosting({ posting: text, catalog }))).toBe(JSON.stringify(analyzePosting({ posting: text, catalog })))
  })

  it('maps a backend posting to patterns by tag, not to modules it never mentions', () => {
    const result = analyzePosting({ posting: posting('backend-engineer-payments'), catalog })
    const ds = result.plan.tracks.find((t) => t.slug === 'distributed-systems')!
    expect(ds.modules.map((m) => m.slug)).toEqual(['patterns'])
    expect(ds.modules[0]!.reasons.join(' ')).toMatch(/idempotent/)
    expect(result.plan.tracks.find((t) => t.slug === 'algorithms')!.modules.map((m) => m.slug)).toEqual(['arrays-hashing', 'graphs'])
  })

  it('matches whole words only and skips headings and fragments', () => {
    expect(splitRequirements('What you will do:\n- Own the SLOs of the API.\nGo\n')).toEqual([{ line: 2, text: 'Own the SLOs of the API.' }])
    const result = analyzePosting({ posting: 'Must enjoy graphic design and hashtags all day.', catalog })
    expect(result.plan.tracks).toEqual([])
    expect(result.unmatched).toHaveLength(1)
  })

  it('builds a role plan from every track tagged with the role, modules in order', () => {
    expect(buildRolePlan({ role: 'sre', catalog }).tracks.map((t) => t.slug)).toEqual(['algorithms', 'dri-oncall'])
  })
})
