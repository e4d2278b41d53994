import {
  json,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormError } from '~/components/forms'
import {
  importAuthoredArchive,
  uploadLimits,
  type ImportedProblem,
  type ImportStatus,
} from '~/models/authoring-archive.server'
import { AuthoringError } from '~/models/authoring.server'
import { listMentoredGroups } from '~/models/groups.server'
import { requireRole } from '~/utils/auth.server'
import { ensurePrepared, getJudgePool } from '~/utils/judging.server'
import { getLogger } from '~/utils/logger.server'

export const meta: MetaFunction = () => [{ title: 'Import problems — Authoring — Drill' }]

const megabytes = Math.round(uploadLimits.maxTotalBytes / 1024 / 1024)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  return json({ groups: listMentoredGroups({ userId: user.id }), megabytes })
}

type FieldErrors = Partial<Record<'archive' | 'visibility' | 'replace', string>>
type ActionData =
  | { status: 'invalid'; formError: string | null; fieldErrors: FieldErrors }
  | { status: 'failed'; errors: string[] }
  | {
      status: 'imported'
      problems: Omit<ImportedProblem, 'versionId'>[]
      tracks: { slug: string; status: ImportStatus }[]
      ms: number
    }

const ImportSchema = z.object({
  replace: z
    .literal('on', { errorMap: () => ({ message: 'Tick the box or leave it empty.' }) })
    .optional(),
  visibility: z
    .string({ required_error: 'Choose who sees the imported problems.' })
    .regex(/^(public|\d{1,9})$/, 'Choose who sees the imported problems.'),
})

/** Parts the form has; anything else in the upload is not read. */
const fieldNames = new Set(['archive', 'replace', 'visibility'])

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  const invalid = (status: number, formError: string | null, fieldErrors: FieldErrors = {}) =>
    // The refused upload may be unread: closing the connection keeps a client from reusing a socket the server drops.
    json<ActionData>(
      { status: 'invalid', formError, fieldErrors },
      { status, headers: status === 413 ? { Connection: 'close' } : undefined },
    )

  if (!/^multipart\/form-data;/i.test(request.headers.get('content-type') ?? ''))
    return invalid(415, null, {
      archive: 'Upload the archive with this form: it is sent as multipart/form-data.',
    })
  const tooBig = `The upload is over ${megabytes} MB, the most an archive may be.`
  // A few KB of headers and fields besides the file itself.
  if (Number(request.headers.get('content-length') ?? 0) > uploadLimits.maxTotalBytes + 64 * 1024)
    return invalid(413, null, { archive: tooBig })
  let formData: FormData
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({
        maxPartSize: uploadLimits.maxTotalBytes,
        filter: ({ name }) => fieldNames.has(name),
      }),
    )
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return invalid(413, null, { archive: tooBig })
    return invalid(400, null, {
      archive: `The upload could not be read (${(error as Error).message}); choose the file and send the form again.`,
    })
  }

  const fields = ImportSchema.safeParse({
    replace: formData.get('replace') ?? undefined,
    visibility: formData.get('visibility') ?? 'public',
  })
  const fieldErrors: FieldErrors = {}
  if (!fields.success)
    for (const issue of fields.error.issues)
      fieldErrors[issue.path[0] as keyof FieldErrors] = issue.message
  const file = formData.get('archive')
  if (typeof file === 'string' || file === null || file.size === 0)
    fieldErrors.archive = 'Choose a .tar.gz archive to import.'
  let groupId: number | null = null
  if (fields.success && fields.data.visibility !== 'public') {
    groupId = Number(fields.data.visibility)
    if (!listMentoredGroups({ userId: user.id }).some((group) => group.id === groupId))
      fieldErrors.visibility =
        'You can make problems private only to a group you mentor; choose one of yours or Public.'
  }
  if (
    Object.keys(fieldErrors).length > 0 ||
    !fields.success ||
    typeof file === 'string' ||
    file === null
  )
    return invalid(400, null, fieldErrors)

  const judge = getJudgePool()
  if (!judge)
    return invalid(
      503,
      'The judge is not running, so the checks cannot run; try again in a minute.',
    )
  const started = performance.now()
  try {
    const result = await importAuthoredArchive({
      viewer: user,
      bytes: new Uint8Array(await file.arrayBuffer()),
      name: file.name,
      replace: fields.data.replace === 'on',
      groupId,
      judge,
    })
    if (!result.ok)
      return json<ActionData>({ status: 'failed', errors: result.errors }, { status: 422 })
    for (const problem of result.problems) {
      // Calibrate budgets now rather than on the first submission, as publishing in the editor does.
      if (problem.versionId !== undefined)
        void ensurePrepared(problem.versionId).catch((error: Error) =>
          getLogger().error(
            { slug: problem.slug, err: error.message },
            'imported problem could not be prepared',
          ),
        )
    }
    return json<ActionData>({
      status: 'imported',
      problems: result.problems.map(({ versionId: _versionId, ...problem }) => problem),
      tracks: result.tracks,
      ms: Math.round(performance.now() - started),
    })
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error
    return invalid(409, error.message)
  }
}

const statusText: Record<ImportStatus, string> = {
  new: 'new',
  replaced: 'replaced',
  unchanged: 'unchanged (already yours, exactly so)',
}

export default function AuthorImport() {
  const { groups, megabytes } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const fieldErrors = result?.status === 'invalid' ? result.fieldErrors : {}
  const fieldError = (name: keyof FieldErrors) => (
    <p id={`${name}-error`} className="field-error" role={fieldErrors[name] ? 'alert' : undefined}>
      {fieldErrors[name]}
    </p>
  )
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link to="/author" className="link">
          ← Your problems
        </Link>
      </p>
      <h1 className="page-title">Import problems</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        An archive from <strong>Export</strong> or <code>drill problems export</code>: a{' '}
        <code>.tar.gz</code> of <code>problems/&lt;area&gt;/&lt;slug&gt;/</code> folders and{' '}
        <code>problems/tracks/*.yaml</code>. Every problem is checked as{' '}
        <code>drill problems check</code> checks it; if anything is wrong, nothing is imported and
        every error is listed. Otherwise each problem becomes one of yours and is published.
      </p>

      {result?.status === 'invalid' ? (
        <FormError errors={result.formError ? [result.formError] : undefined} />
      ) : null}
      {result?.status === 'failed' ? (
        <section
          role="alert"
          aria-labelledby="import-errors-heading"
          className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <h2 id="import-errors-heading" className="font-semibold">
            Nothing was imported:{' '}
            {result.errors.length === 1 ? '1 error' : `${result.errors.length} errors`}
          </h2>
          <ul className="mt-2 space-y-1" data-testid="import-errors">
            {result.errors.map((error) => (
              <li key={error}>
                <code className="whitespace-pre-wrap break-words">{error}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result?.status === 'imported' ? (
        <section
          role="status"
          aria-labelledby="import-summary-heading"
          className="card space-y-2"
          data-testid="import-summary"
        >
          <h2 id="import-summary-heading" className="text-lg font-semibold">
            Imported
          </h2>
          <p className="text-sm">
            {count(result.problems.filter((p) => p.status === 'new').length, 'new problem')},{' '}
            {count(
              result.problems.filter((p) => p.status === 'replaced').length,
              'replaced problem',
            )}
            ,{' '}
            {count(
              result.problems.filter((p) => p.status === 'unchanged').length,
              'unchanged problem',
            )}
            {result.tracks.length ? `, ${count(result.tracks.length, 'track')}` : ''} (
            {(result.ms / 1000).toFixed(1)} s).
          </p>
          <ul className="space-y-1 text-sm">
            {result.problems.map((problem) => (
              <li key={problem.slug} data-testid={`imported-${problem.slug}`}>
                <Link to={`/author/${problem.slug}`} className="link">
                  {problem.title}
                </Link>{' '}
                <code className="text-xs">{problem.slug}</code> · {statusText[problem.status]}
                {problem.version !== null ? ` · published v${problem.version}` : ''}
              </li>
            ))}
            {result.tracks.map((track) => (
              <li key={`track-${track.slug}`} data-testid={`imported-track-${track.slug}`}>
                Track <code className="text-xs">{track.slug}</code> · {statusText[track.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="card space-y-4">
        <div>
          <label htmlFor="archive" className="label">
            Archive (.tar.gz, at most {megabytes} MB)
          </label>
          <input
            id="archive"
            name="archive"
            type="file"
            required
            accept=".tar.gz,.tgz,application/gzip"
            className="input"
            aria-invalid={fieldErrors.archive ? true : undefined}
            aria-describedby="archive-error"
          />
          {fieldError('archive')}
        </div>
        <div>
          <label htmlFor="visibility" className="label">
            Who sees the imported problems and tracks
          </label>
          <select
            id="visibility"
            name="visibility"
            className="input"
            defaultValue="public"
            aria-invalid={fieldErrors.visibility ? true : undefined}
            aria-describedby="visibility-error"
          >
            <option value="public">Public: every candidate</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                Only the group {group.name}
              </option>
            ))}
          </select>
          {fieldError('visibility')}
        </div>
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="replace" aria-describedby="replace-help" />
            Replace my problems with the same slug
          </label>
          <p id="replace-help" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The archive’s files are then published as the next version of your problem. Without it,
            a slug you already use is an error.
          </p>
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? 'Checking every problem…' : 'Check and import'}
        </button>
      </Form>
    </div>
  )
}

function count(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
