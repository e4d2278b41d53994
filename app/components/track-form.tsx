import { Form } from '@remix-run/react'

export interface TrackFormProps {
  /** Absent on an existing track: its slug is its address and does not change. */
  slugInput?: { defaultValue: string; error?: string }
  yaml: string
  visibility: string
  groups: { id: number; name: string }[]
  /** Site mentors and admins may publish for everyone; group mentors write for their groups only. */
  allowPublic: boolean
  issues: { line: number; message: string }[]
  busy: boolean
  submitLabel: string
}

/** The form that writes a track: its slug, who sees it, and its YAML in the format of problems/tracks/. */
export function TrackForm({ slugInput, yaml, visibility, groups, allowPublic, issues, busy, submitLabel }: TrackFormProps) {
  return (
    <Form method="post" className="card space-y-4" aria-describedby={issues.length ? 'track-issues' : undefined}>
      {slugInput ? (
        <div>
          <label htmlFor="slug" className="label">
            Slug
          </label>
          <input
            id="slug"
            name="slug"
            className="input"
            required
            autoComplete="off"
            placeholder="graph-basics"
            defaultValue={slugInput.defaultValue}
            aria-invalid={slugInput.error ? true : undefined}
            aria-describedby="slug-error"
          />
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Lowercase words joined by -; the track’s address, /tracks/&lt;slug&gt;.</p>
          <p id="slug-error" className="field-error" role={slugInput.error ? 'alert' : undefined}>
            {slugInput.error}
          </p>
        </div>
      ) : null}
      <div>
        <label htmlFor="visibility" className="label">
          Who sees it
        </label>
        <select id="visibility" name="visibility" className="input" defaultValue={visibility}>
          {allowPublic ? <option value="public">Everyone on this Drill</option> : null}
          {groups.map((g) => (
            <option key={g.id} value={`group-${g.id}`}>
              Only the group “{g.name}”
            </option>
          ))}
        </select>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          A group’s track may list public problems and the group’s own; a track for everyone lists public problems only.
        </p>
      </div>
      <div>
        <label htmlFor="yaml" className="label">
          Track file (YAML)
        </label>
        <textarea
          id="yaml"
          name="yaml"
          className="input font-mono text-sm"
          rows={18}
          spellCheck={false}
          defaultValue={yaml}
          aria-invalid={issues.length ? true : undefined}
        />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The format of <code>problems/tracks/&lt;slug&gt;.yaml</code>: title, roles, description, and modules with a slug, a title,
          the problems (<code>items</code>) in order and the modules it <code>requires</code>.
        </p>
      </div>
      {issues.length ? (
        <div id="track-issues" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950" data-testid="track-issues">
          <p className="font-semibold">Not saved: {issues.length === 1 ? 'one thing' : `${issues.length} things`} to fix.</p>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((issue, i) => (
              <li key={i}>
                line {issue.line}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" name="intent" value="save" className="btn-primary" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  )
}

/** The problems a track with this visibility can list, to copy slugs from. */
export function TrackCandidates({ problems }: { problems: { slug: string; title: string; kind: string; groupId: number | null }[] }) {
  return (
    <details className="card text-sm">
      <summary className="cursor-pointer font-semibold">Problems this track can list ({problems.length})</summary>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">Problem slugs to use as items</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">Slug</th>
            <th scope="col" className="py-1 pr-3">Title</th>
            <th scope="col" className="py-1">Kind</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={p.slug}>
              <td className="py-1 pr-3">
                <code>{p.slug}</code>
              </td>
              <td className="py-1 pr-3">
                {p.title}
                {p.groupId !== null ? ' (this group only)' : ''}
              </td>
              <td className="py-1">{p.kind}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
