import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listAuthoredTracks } from '~/models/authored-tracks.server'
import { listAuthoredProblems } from '~/models/authoring.server'
import { requireRole } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Authoring — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  return json({ problems: listAuthoredProblems({ viewer: user }), tracks: listAuthoredTracks({ viewer: user }), admin: user.role === 'admin', me: user.id })
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export default function AuthorIndex() {
  const { problems, tracks, admin, me } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="page-title">Your problems</h1>
        <div className="flex flex-wrap gap-2">
          <Link to="/author/import" className="btn-secondary">
            Import
          </Link>
          {problems.length || tracks.length ? (
            <a href="/author/export" download className="btn-secondary" data-testid="export-all">
              Export everything
            </a>
          ) : null}
          <Link to="/author/new" className="btn-primary">
            New problem
          </Link>
        </div>
      </div>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Problems you write here use the same files as <code>problems/</code> and pass the same checks as{' '}
        <code>drill problems check</code>. Drafts are yours alone; publishing makes a new version that candidates see.
      </p>
      {problems.length === 0 ? (
        <p>You have not written a problem yet.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="w-full text-left text-sm" data-testid="authored-problems">
            <caption className="sr-only">Your authored problems with their state and last validation</caption>
            <thead className="border-b border-slate-200 dark:border-slate-800">
              <tr>
                <th scope="col" className="px-4 py-3">Problem</th>
                <th scope="col" className="px-4 py-3">Kind</th>
                <th scope="col" className="px-4 py-3">State</th>
                <th scope="col" className="px-4 py-3">Last validation</th>
                <th scope="col" className="px-4 py-3">Edited</th>
                {admin ? <th scope="col" className="px-4 py-3">Author</th> : null}
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={p.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800" data-testid={`authored-${p.slug}`}>
                  <td className="px-4 py-3">
                    <Link to={`/author/${p.slug}`} className="link">
                      {p.title}
                    </Link>{' '}
                    <code className="text-xs">{p.slug}</code>{' '}
                    <a href={`/author/export?problem=${p.slug}`} download className="link text-xs" aria-label={`Export ${p.title} as a .tar.gz`}>
                      export
                    </a>
                  </td>
                  <td className="px-4 py-3">{p.kind}</td>
                  <td className="px-4 py-3">
                    {p.publishedVersion === null ? 'Draft' : `Published v${p.publishedVersion}`}
                    {p.publishedVersion !== null && p.unpublishedChanges ? ' · unpublished changes' : ''}
                  </td>
                  <td className="px-4 py-3">
                    {!p.validation ? (
                      'Not validated'
                    ) : (
                      <>
                        <span className={p.validation.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}>
                          {p.validation.ok ? 'Passed' : 'Failed'}
                        </span>{' '}
                        {p.validation.summary}
                        {p.validationCurrent ? '' : ' (files changed since)'}
                      </>
                    )}
                  </td>
                  <td className="px-4 py-3">{day(p.updatedAt)}</td>
                  {admin ? <td className="px-4 py-3">{p.authorId === me ? 'you' : p.authorName}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="tracks-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="tracks-heading" className="text-xl font-semibold">
            Your tracks
          </h2>
          <Link to="/author/tracks/new" className="btn-secondary">
            New track
          </Link>
        </div>
        {tracks.length === 0 ? (
          <p className="text-sm">You have not written a track yet. A track orders published problems into modules, for everyone or for one of your groups.</p>
        ) : (
          <ul className="card space-y-1 text-sm" data-testid="authored-tracks">
            {tracks.map((t) => (
              <li key={t.slug}>
                <Link to={`/author/tracks/${t.slug}`} className="link">
                  {t.title}
                </Link>{' '}
                <code className="text-xs">{t.slug}</code> · {t.groupId === null ? 'everyone' : `only “${t.groupName ?? 'a group'}”`} · edited {day(t.updatedAt)} ·{' '}
                <a href={`/author/export?track=${t.slug}`} download className="link text-xs" aria-label={`Export the track ${t.title} as a .tar.gz`}>
                  export
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
