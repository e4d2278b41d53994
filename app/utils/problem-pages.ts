/** Where each kind of problem is played; `/problems/<slug>` redirects there for kinds other than code. */
export const problemPages: Record<string, string | undefined> = {
  incident: '/incidents',
  quiz: '/quiz',
  design: '/design',
  sim: '/sim',
}

/** The page for a track item of any kind. */
export function problemHref(slug: string, kind: string) {
  const base = problemPages[kind]
  return base ? `${base}/${slug}` : `/problems/${slug}`
}
