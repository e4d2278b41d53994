import { parseWithZod } from '@conform-to/zod'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation, type ShouldRevalidateFunction } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { z } from 'zod'
import { AuthorDiff } from '~/components/author-diff'
import { AuthorEditor, IssueList } from '~/components/author-editor'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { sandboxTypes } from '~/judge/sandbox-types'
import { hashFiles, kindFiles, normaliseFiles, statementOf, type FileMap } from '~/models/authoring-files.server'
import {
  AuthoringError,
  getAuthoredProblem,
  getAuthoredVersionFiles,
  listAuthoredVersions,
  listPlacements,
  listTrackModules,
  placeInTrack,
  publishAuthoredProblem,
  removeFromTrack,
  saveAuthoredFiles,
  setAuthoredVisibility,
  validateAuthoredProblem,
  type AuthoredProblem,
} from '~/models/authoring.server'
import { listMentoredGroups } from '~/models/groups.server'
import { monacoBase } from '~/utils/assets.server'
import { requireRole } from '~/utils/auth.server'
import { diffFiles } from '~/utils/diff'
import { ensurePrepared, getJudgePool } from '~/utils/judging.server'
import { getLogger } from '~/utils/logger.server'
import { renderMarkdown } from '~/utils/markdown.server'
import { problemHref } from '~/utils/problem-pages'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.authored.title ?? 'Problem'} — Authoring — Drill` }]

async function requireAuthored(request: Request, slug: string | undefined) {
  const user = await requireRole(request, 'mentor')
  const authored = slug ? getAuthoredProblem({ slug, viewer: user }) : undefined
  if (!authored) throw new Response('There is no problem of yours with that slug.', { status: 404 })
  return { user, authored }
}

const requiredOrder = ['problem.md', 'starter.ts', 'solution.ts', 'workload.json', 'tests.yaml', 'scenario.yaml', 'paths.yaml', 'design.yaml', 'reference.md', 'quiz.yaml', 'checker.ts', 'hints.md', 'editorial.md']

/** problem.md first, then the kind's files in the order an author fills them, then the wrong solutions. */
function orderFiles(files: string[]) {
  const rank = (file: string) => {
    const i = requiredOrder.indexOf(file)
    return i === -1 ? requiredOrder.length : i
  }
  return [...files].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

function kindSpec(kind: string) {
  return kindFiles[kind as keyof typeof kindFiles] ?? { required: ['problem.md'], optional: [], wrong: false }
}

function removableFiles(authored: Pick<AuthoredProblem, 'kind' | 'files'>) {
  const spec = kindSpec(authored.kind)
  return Object.keys(authored.files).filter((file) => file.startsWith('wrong/') || (spec.optional.includes(file) && !spec.required.includes(file)))
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { authored } = await requireAuthored(request, params.slug)
  const url = new URL(request.url)
  const versions = listAuthoredVersions({ authoredId: authored.id })
  const spec = kindSpec(authored.kind)

  const wanted = url.searchParams.get('diff')
  let diff: { label: string; files: ReturnType<typeof diffFiles> } | null = null
  if (wanted === 'draft' && versions[0]) {
    const before = getAuthoredVersionFiles({ authoredId: authored.id, version: versions[0].version }) ?? {}
    diff = { label: `The saved draft compared with version ${versions[0].version}`, files: diffFiles(before, authored.files) }
  } else if (wanted && /^\d+$/.test(wanted)) {
    const version = Number(wanted)
    const after = getAuthoredVersionFiles({ authoredId: authored.id, version })
    if (after) {
      const before = version > 1 ? (getAuthoredVersionFiles({ authoredId: authored.id, version: version - 1 }) ?? {}) : {}
      diff = { label: version > 1 ? `Version ${version} compared with version ${version - 1}` : 'Version 1 (every file is new)', files: diffFiles(before, after) }
    }
  }

  const { files, validation } = authored
  return json({
    authored: {
      slug: authored.slug,
      kind: authored.kind,
      area: authored.area,
      title: authored.title,
      authorName: authored.authorName,
      files,
      filesHash: authored.filesHash,
      validation,
      validationCurrent: authored.validationCurrent,
      canPublish: authored.canPublish,
      published: authored.problemId !== null,
      publishedVersion: authored.publishedVersion,
      unpublishedChanges: authored.unpublishedChanges,
      groupId: authored.groupId,
    },
    groups: listMentoredGroups({ userId: authored.authorId }),
    fileOrder: orderFiles(Object.keys(files)),
    removable: removableFiles(authored),
    addable: spec.optional.filter((file) => !(file in files)),
    wrongAllowed: spec.wrong,
    versions,
    diff,
    preview: (await renderMarkdown(statementOf(files['problem.md'] ?? ''))).html,
    placements: authored.problemId ? listPlacements({ problemId: authored.problemId }) : [],
    tracks: listTrackModules(),
    monacoBase: monacoBase(),
    sandboxTypes,
  })
}

const EditorSchema = z.object({
  intent: z.string({ required_error: 'Choose an action.' }).regex(/^(save|validate|publish|add-file|remove:.+)$/, 'That action is unknown.'),
  files: z.array(z.object({ path: z.string(), content: z.string().optional().default('') })).default([]),
  newFile: z.string().optional(),
  wrongName: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, 'Name the wrong solution with lowercase letters, digits, - and _, like "off-by-one".')
    .optional(),
})
const PreviewSchema = z.object({ intent: z.literal('preview'), markdown: z.string().optional().default('') })
const PlaceSchema = z.object({
  intent: z.literal('place'),
  placement: z.string({ required_error: 'Choose a module.' }).regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Choose a module.'),
})
const UnplaceSchema = z.object({ intent: z.literal('unplace'), trackSlug: z.string().regex(/^[a-z0-9-]+$/) })
const VisibilitySchema = z.object({
  intent: z.literal('visibility'),
  visibility: z.string({ required_error: 'Choose who sees the problem.' }).regex(/^(public|group-\d+)$/, 'Choose who sees the problem.'),
})

type ActionResult = { notice: string | null; error: string | null; open?: string; preview?: string }

const firstError = (error: Record<string, string[] | null> | null | undefined) => Object.values(error ?? {}).flat().filter(Boolean).join(' ') || 'Check the form.'

function newFileText({ file, files }: { file: string; files: FileMap }) {
  if (file.startsWith('wrong/'))
    return `// expect: wrong_answer\n// TODO(author): name the mistake and why the tests catch it.\n${files['starter.ts'] ?? ''}`
  if (file === 'checker.ts')
    return 'function check(input: unknown[], expected: unknown, actual: unknown): true | string {\n  // TODO(author): return true when `actual` is a correct answer, else the reason it is wrong.\n  return true\n}\n'
  if (file === 'hints.md') return '## Hint 1\nTODO(author): a gentle nudge.\n\n## Hint 2\nTODO(author): the key observation.\n'
  return ''
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, authored } = await requireAuthored(request, params.slug)
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (result: Partial<ActionResult>, status = 200) => json<ActionResult>({ notice: null, error: null, ...result }, { status })

  if (intent === 'preview') {
    const submission = parseWithZod(formData, { schema: PreviewSchema })
    if (submission.status !== 'success') return reply({ error: firstError(submission.error) }, 400)
    return reply({ preview: (await renderMarkdown(statementOf(submission.value.markdown))).html })
  }
  if (intent === 'visibility') {
    const submission = parseWithZod(formData, { schema: VisibilitySchema })
    if (submission.status !== 'success') return reply({ error: firstError(submission.error) }, 400)
    const { visibility } = submission.value
    const groupId = visibility === 'public' ? null : Number(visibility.slice('group-'.length))
    try {
      setAuthoredVisibility({ authored, viewer: user, groupId })
      return reply({ notice: groupId === null ? 'Everyone can see the problem once it is published.' : 'Only the group’s members see the problem now.' })
    } catch (error) {
      if (error instanceof AuthoringError) return reply({ error: error.message }, 400)
      throw error
    }
  }
  if (intent === 'place' || intent === 'unplace') {
    if (authored.problemId === null) return reply({ error: 'Publish the problem before putting it in a track.' }, 400)
    const submission = parseWithZod(formData, { schema: intent === 'place' ? PlaceSchema : UnplaceSchema })
    if (submission.status !== 'success') return reply({ error: firstError(submission.error) }, 400)
    const value = submission.value
    try {
      if (value.intent === 'place') {
        const [trackSlug, moduleSlug] = value.placement.split('/') as [string, string]
        placeInTrack({ problemId: authored.problemId, trackSlug, moduleSlug, addedBy: user.id })
        return reply({ notice: `Added to ${trackSlug}, module ${moduleSlug}.` })
      }
      removeFromTrack({ problemId: authored.problemId, trackSlug: value.trackSlug })
      return reply({ notice: `Removed from ${value.trackSlug}.` })
    } catch (error) {
      if (error instanceof AuthoringError) return reply({ error: error.message }, 400)
      throw error
    }
  }

  const submission = parseWithZod(formData, { schema: EditorSchema })
  if (submission.status !== 'success') return reply({ error: firstError(submission.error) }, 400)
  const value = submission.value
  // Browsers post textareas with CRLF line endings; the saved files (and their hash) use LF.
  const files: FileMap = value.files.length ? normaliseFiles(Object.fromEntries(value.files.map((f) => [f.path, f.content]))) : { ...authored.files }
  let open: string | undefined
  if (value.intent.startsWith('remove:')) {
    const file = value.intent.slice('remove:'.length)
    if (!removableFiles({ kind: authored.kind, files }).includes(file)) return reply({ error: `${file} cannot be removed from a ${authored.kind} problem.` }, 400)
    delete files[file]
  }
  if (value.intent === 'add-file') {
    const spec = kindSpec(authored.kind)
    if (value.newFile === 'wrong') {
      if (!spec.wrong) return reply({ error: `A ${authored.kind} problem has no wrong solutions.` }, 400)
      if (!value.wrongName) return reply({ error: 'Name the wrong solution, like "off-by-one".' }, 400)
      open = `wrong/${value.wrongName}.ts`
    } else if (value.newFile && spec.optional.includes(value.newFile)) {
      open = value.newFile
    } else {
      return reply({ error: 'Choose a file to add.' }, 400)
    }
    if (open in files) return reply({ error: `${open} already exists.` }, 400)
    files[open] = newFileText({ file: open, files })
  }

  try {
    const changed = hashFiles(files) !== authored.filesHash
    const saved = changed ? saveAuthoredFiles({ authored, files }) : authored.files
    switch (value.intent) {
      case 'validate': {
        const validation = await validateAuthoredProblem({ authored: { ...authored, files: saved }, judge: getJudgePool() })
        return reply({ notice: validation.ok ? `Validation passed. ${validation.summary}` : `Validation found problems: ${validation.summary}` }, validation.ok ? 200 : 422)
      }
      case 'publish': {
        if (changed) return reply({ error: 'You changed files since they were validated: they are saved now; validate them, then publish.' }, 400)
        const published = await publishAuthoredProblem({ authored, userId: user.id })
        if (published.kind === 'code') {
          // Calibrate budgets now rather than on the first submission, as the start-up preparation does for bundled problems.
          void ensurePrepared(published.versionId).catch((error: Error) => getLogger().error({ slug: authored.slug, err: error.message }, 'authored problem could not be prepared'))
        }
        return reply({ notice: `Published version ${published.version}. Candidates now see it.` })
      }
      case 'add-file':
        return reply({ notice: `Added ${open}.`, open })
      case 'save':
        return reply({ notice: changed ? 'Draft saved.' : 'Nothing to save: the draft is unchanged.' })
      default:
        return reply({ notice: `Removed ${value.intent.slice('remove:'.length)}.` })
    }
  } catch (error) {
    if (error instanceof AuthoringError) return reply({ error: error.message }, 400)
    throw error
  }
}

// The statement preview posts to the action too, and changes nothing the page shows. Every other action
// may have saved files or stored a validation, even when it answers with an error status.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, formMethod, defaultShouldRevalidate }) => {
  if (formData?.get('intent') === 'preview') return false
  if (formMethod?.toUpperCase() === 'POST') return true
  return defaultShouldRevalidate
}

const day = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16)

export default function AuthorProblem() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [active, setActive] = useState(data.fileOrder[0] ?? 'problem.md')
  useEffect(() => {
    if (result?.open) setActive(result.open)
  }, [result])
  const current = data.fileOrder.includes(active) ? active : (data.fileOrder[0] ?? 'problem.md')
  // A new set of saved files (after Save, Validate, Add or Remove) restarts the editor from them.
  return <EditorPage key={data.authored.filesHash} active={current} onActiveChange={setActive} />
}

function EditorPage({ active, onActiveChange }: { active: string; onActiveChange: (file: string) => void }) {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const preview = useFetcher<typeof action>()
  const { authored } = data
  const [texts, setTexts] = useState<Record<string, string>>(authored.files)
  const dirty = data.fileOrder.some((file) => texts[file] !== authored.files[file])
  const busyIntent = navigation.state !== 'idle' ? String(navigation.formData?.get('intent') ?? '') : ''

  const statement = texts['problem.md'] ?? ''
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const timer = setTimeout(() => preview.submit({ intent: 'preview', markdown: statement }, { method: 'post' }), 400)
    return () => clearTimeout(timer)
    // The fetcher's identity changes with its state; only the text should trigger a preview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [statement])

  const validation = authored.validation
  const placed = new Set(data.fileOrder)
  const looseErrors = validation?.errors.filter((e) => !placed.has(e.file)) ?? []
  const looseWarnings = validation?.warnings.filter((w) => !placed.has(w.file)) ?? []
  const previewHtml = preview.data?.preview ?? data.preview
  const latest = data.versions[0]

  return (
    <div className="space-y-6">
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link to="/author" className="link">
          ← Your problems
        </Link>
        <a href={`/author/export?problem=${authored.slug}`} download className="link" data-testid="export-problem">
          Export (.tar.gz of the saved files)
        </a>
      </p>
      <header className="space-y-1">
        <h1 className="page-title">{authored.title}</h1>
        <p className="text-sm" data-testid="authored-state">
          <code>{authored.slug}</code> · {authored.kind} · area <code>{authored.area}</code> · by {authored.authorName} ·{' '}
          {authored.publishedVersion === null ? (
            'Draft (only you can see it)'
          ) : (
            <>
              Published v{authored.publishedVersion}
              {authored.unpublishedChanges ? ' · the saved draft has unpublished changes' : ''} ·{' '}
              <Link to={problemHref(authored.slug, authored.kind)} className="link">
                open as a candidate
              </Link>
            </>
          )}
        </p>
      </header>

      <div aria-live="polite">
        {result?.notice ? (
          <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" data-testid="author-notice">
            {result.notice}
          </p>
        ) : null}
        {result?.error ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200" data-testid="author-error">
            {result.error}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="validation-heading" className="card space-y-2" data-testid="validation">
        <h2 id="validation-heading" className="text-lg font-semibold">
          Validation
        </h2>
        {!validation ? (
          <p className="text-sm">Not validated yet. Validate runs every check of <code>drill problems check</code> on the saved files.</p>
        ) : (
          <>
            <p className="text-sm" data-testid="validation-summary">
              <span className={`font-semibold ${validation.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}>{validation.ok ? 'Passed' : 'Failed'}</span>{' '}
              {validation.summary} <span className="text-slate-600 dark:text-slate-400">({day(validation.at)} UTC{authored.validationCurrent ? '' : '; the files changed since'})</span>
            </p>
            <IssueList errors={looseErrors} warnings={looseWarnings} file="" />
          </>
        )}
      </section>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Form method="post" className="card min-w-0 space-y-4" aria-label="Files of the problem">
          <AuthorEditor
            slug={authored.slug}
            files={data.fileOrder}
            texts={texts}
            onChange={(file, text) => setTexts((previous) => ({ ...previous, [file]: text }))}
            active={active}
            onActiveChange={onActiveChange}
            errors={validation?.errors ?? []}
            warnings={validation?.warnings ?? []}
            removable={data.removable}
            monacoBase={data.monacoBase}
            extraTypes={data.sandboxTypes}
          />
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
            <button type="submit" name="intent" value="save" className="btn-secondary" disabled={Boolean(busyIntent)}>
              {busyIntent === 'save' ? 'Saving…' : 'Save draft'}
            </button>
            <button type="submit" name="intent" value="validate" className="btn-secondary" disabled={Boolean(busyIntent)}>
              {busyIntent === 'validate' ? 'Validating…' : 'Validate'}
            </button>
            <button
              type="submit"
              name="intent"
              value="publish"
              className="btn-primary"
              disabled={!authored.canPublish || dirty || Boolean(busyIntent)}
              aria-describedby="publish-help"
            >
              {busyIntent === 'publish' ? 'Publishing…' : 'Publish'}
            </button>
            <span id="publish-help" className="text-xs text-slate-600 dark:text-slate-400">
              {dirty ? 'Unsaved changes: save and validate them to publish.' : authored.canPublish ? 'The saved files passed validation.' : 'Publish needs a passing validation of the saved files.'}
            </span>
          </div>
          {data.wrongAllowed || data.addable.length ? (
            <fieldset className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
              <legend className="sr-only">Add a file</legend>
              <label className="text-sm">
                <span className="block">Add a file</span>
                <select name="newFile" className="input w-auto py-1" defaultValue={data.wrongAllowed ? 'wrong' : data.addable[0]}>
                  {data.wrongAllowed ? <option value="wrong">a wrong solution (wrong/&lt;name&gt;.ts)</option> : null}
                  {data.addable.map((file) => (
                    <option key={file} value={file}>
                      {file}
                    </option>
                  ))}
                </select>
              </label>
              {data.wrongAllowed ? (
                <label className="text-sm">
                  <span className="block">Wrong solution name</span>
                  <input name="wrongName" className="input w-48 py-1" placeholder="off-by-one" autoComplete="off" />
                </label>
              ) : null}
              <button type="submit" name="intent" value="add-file" className="btn-secondary" disabled={Boolean(busyIntent)}>
                Add
              </button>
            </fieldset>
          ) : null}
        </Form>

        <section aria-labelledby="preview-heading" className="card min-w-0 space-y-2">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Statement preview
          </h2>
          <div className="statement prose-sm max-w-none" data-testid="statement-preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
        </section>
      </div>

      <section aria-labelledby="history-heading" id="history" className="card space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Version history
        </h2>
        {data.versions.length === 0 ? (
          <p className="text-sm">Not published yet. Each publish makes a new version; submissions keep the version they were judged against.</p>
        ) : (
          <ol className="space-y-1 text-sm" data-testid="versions">
            {data.versions.map((v) => (
              <li key={v.version}>
                <span className="font-semibold">Version {v.version}</span> · published {day(v.publishedAt)} UTC by {v.publishedBy ?? 'a deleted account'} ·{' '}
                <Link to={`?diff=${v.version}#history`} className="link" preventScrollReset>
                  changes{v.version > 1 ? ` since v${v.version - 1}` : ''}
                </Link>
              </li>
            ))}
          </ol>
        )}
        {latest && authored.unpublishedChanges ? (
          <p className="text-sm">
            <Link to="?diff=draft#history" className="link" preventScrollReset>
              Compare the saved draft with version {latest.version}
            </Link>
          </p>
        ) : null}
        {data.diff ? (
          <div className="space-y-2">
            <h3 className="font-semibold">{data.diff.label}</h3>
            <AuthorDiff diffs={data.diff.files} label={data.diff.label} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="visibility-heading" className="card space-y-3">
        <h2 id="visibility-heading" className="text-lg font-semibold">
          Who sees it
        </h2>
        <p className="text-sm" data-testid="visibility">
          {authored.groupId === null
            ? 'Everyone on this Drill (once published).'
            : `Only the members of “${data.groups.find((g) => g.id === authored.groupId)?.name ?? 'a group you no longer mentor'}”: nobody else can open, solve or be assigned it.`}
        </p>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block">Visible to</span>
            <select name="visibility" className="input w-auto py-1" defaultValue={authored.groupId === null ? 'public' : `group-${authored.groupId}`} key={authored.groupId ?? 'public'}>
              <option value="public">Everyone on this Drill</option>
              {data.groups.map((g) => (
                <option key={g.id} value={`group-${g.id}`}>
                  Only the group “{g.name}”
                </option>
              ))}
            </select>
          </label>
          <button type="submit" name="intent" value="visibility" className="btn-secondary">
            Change who sees it
          </button>
        </Form>
      </section>

      <section aria-labelledby="tracks-heading" className="card space-y-3">
        <h2 id="tracks-heading" className="text-lg font-semibold">
          Put in a track
        </h2>
        {authored.groupId !== null ? (
          <p className="text-sm">
            A problem private to a group goes in that group’s own tracks: list it in a{' '}
            <Link to={`/author/tracks/new?group=${authored.groupId}`} className="link">
              track for the group
            </Link>
            .
          </p>
        ) : !authored.published ? (
          <p className="text-sm">Publish the problem first; then you can add it to a module of a track, after the module’s own problems.</p>
        ) : (
          <>
            {data.placements.length ? (
              <ul className="space-y-1 text-sm" data-testid="placements">
                {data.placements.map((p) => (
                  <li key={p.trackSlug} className="flex flex-wrap items-center gap-2">
                    <Link to={`/tracks/${p.trackSlug}`} className="link">
                      {p.trackTitle ?? p.trackSlug}
                    </Link>{' '}
                    · module {p.moduleTitle ?? `${p.moduleSlug} (no longer in the track)`}
                    <Form method="post">
                      <input type="hidden" name="trackSlug" value={p.trackSlug} />
                      <button type="submit" name="intent" value="unplace" className="link text-xs">
                        remove
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
            <Form method="post" className="flex flex-wrap items-end gap-2">
              <label className="text-sm">
                <span className="block">Track and module</span>
                <select name="placement" className="input w-auto py-1" required>
                  {data.tracks.map((track) => (
                    <optgroup key={track.slug} label={track.title}>
                      {track.modules.map((module) => (
                        <option key={module.slug} value={`${track.slug}/${module.slug}`}>
                          {track.title}: {module.title}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              <button type="submit" name="intent" value="place" className="btn-secondary">
                Put in the track
              </button>
            </Form>
          </>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
