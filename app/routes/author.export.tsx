import { type LoaderFunctionArgs } from '@remix-run/node'
import { slugSchema } from '~/content/schema'
import { exportAuthoredArchive } from '~/models/authoring-archive.server'
import { AuthoringError } from '~/models/authoring.server'
import { requireRole } from '~/utils/auth.server'

/**
 * A resource route: `/author/export` (everything the viewer authored), `?problem=<slug>` or `?track=<slug>`
 * answer a `.tar.gz` of the folder format, the same archive `drill problems export` writes.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  const params = new URL(request.url).searchParams
  const problem = params.get('problem') ?? undefined
  const track = params.get('track') ?? undefined
  if (problem !== undefined && track !== undefined)
    return text('Export either a problem or a track, not both at once.', 400)
  const slug = problem ?? track
  if (slug !== undefined && !slugSchema.safeParse(slug).success)
    return text(`There is no ${problem ? 'problem' : 'track'} of yours with that slug.`, 404)
  try {
    const archive = await exportAuthoredArchive({ viewer: user, problem, track })
    if (!archive)
      return text(`There is no ${problem ? 'problem' : 'track'} of yours called "${slug}".`, 404)
    return new Response(new Uint8Array(archive.bytes), {
      headers: {
        'Content-Type': 'application/gzip',
        'Content-Disposition': `attachment; filename="${archive.filename}"`,
        'Content-Length': String(archive.bytes.length),
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof AuthoringError) return text(error.message, 409)
    throw error
  }
}

function text(message: string, status: number) {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
