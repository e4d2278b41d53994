import { eq } from 'drizzle-orm'
import { plans, type PlanSource } from '#db/schema'
import { type CatalogTrack, type PostingAnalysis, type StudyPlan } from '~/plan/matcher'
import { getDb } from './db.server'
import { getTrack, listTracks } from './problems.server'
import { anybody } from './visibility.server'

/** Tracks, modules in order and the tags of each module's problems: what plans are built from. */
export function getPlanCatalog(): CatalogTrack[] {
  // Plans are built for anybody (and before sign-up), so only public tracks and problems take part.
  return listTracks({ audience: anybody }).flatMap((t) => {
    const track = getTrack({ slug: t.slug, audience: anybody })
    if (!track) return []
    return [
      {
        slug: track.slug,
        title: track.title,
        roles: track.roles,
        modules: track.modules.map((m) => ({ slug: m.slug, title: m.title, tags: [...new Set(m.items.flatMap((i) => [...i.tags, i.kind]))].sort() })),
      },
    ]
  })
}

export interface SavedPlan {
  source: PlanSource
  role: string | null
  posting: string | null
  plan: StudyPlan
  analysis: Omit<PostingAnalysis, 'plan'> | null
  updatedAt: number
}

/** Saves (replaces) the candidate's plan. */
export function savePlan({
  userId,
  source,
  role = null,
  posting = null,
  plan,
  analysis = null,
  now,
}: {
  userId: number
  source: PlanSource
  role?: string | null
  posting?: string | null
  plan: StudyPlan
  analysis?: Omit<PostingAnalysis, 'plan'> | null
  now: number
}) {
  const value = { plan, analysis } as unknown as Record<string, unknown>
  getDb()
    .insert(plans)
    .values({ userId, source, role, posting, plan: value, updatedAt: now })
    .onConflictDoUpdate({ target: plans.userId, set: { source, role, posting, plan: value, updatedAt: now } })
    .run()
}

export function getPlan({ userId }: { userId: number }): SavedPlan | undefined {
  const row = getDb().select().from(plans).where(eq(plans.userId, userId)).get()
  if (!row) return undefined
  const stored = row.plan as unknown as { plan: StudyPlan; analysis: SavedPlan['analysis'] }
  return { source: row.source, role: row.role, posting: row.posting, plan: stored.plan, analysis: stored.analysis, updatedAt: row.updatedAt }
}
