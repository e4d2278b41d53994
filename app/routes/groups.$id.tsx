import { parseWithZod } from '@conform-to/zod'
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import {
  createAssignment,
  createGroupInvite,
  deleteAssignment,
  getGroupMembership,
  getGroupProgress,
  GroupError,
  leaveGroup,
  listAssignments,
  listGroupActivity,
  listGroupInvites,
  listMembers,
  revokeGroupInvite,
  setGroupRole,
} from '~/models/groups.server'
import { requireUser } from '~/utils/auth.server'
import { GroupActionSchema } from '~/utils/forms'
import { problemHref } from '~/utils/problem-pages'
import { listGroupTracks } from '~/models/authored-tracks.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.group.name ?? 'Group'} — Drill` }]

async function requireMembership(request: Request, id: string | undefined) {
  const user = await requireUser(request)
  const groupId = Number(id)
  const group = Number.isInteger(groupId) ? getGroupMembership({ groupId, userId: user.id }) : undefined
  if (!group) throw new Response('There is no group with that number among yours.', { status: 404 })
  return { user, group }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, group } = await requireMembership(request, params.id)
  const now = Date.now()
  const mentor = group.role === 'mentor'
  return json({
    group,
    me: user.id,
    mentor,
    members: listMembers({ groupId: group.id }),
    assignments: listAssignments({ groupId: group.id }),
    progress: getGroupProgress({ groupId: group.id }),
    activity: listGroupActivity({ groupId: group.id }),
    // Invite codes are for mentors: a member could otherwise hand out mentor invites.
    invites: mentor ? listGroupInvites({ groupId: group.id, now }) : [],
    tracks: listGroupTracks({ groupId: group.id }),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, group } = await requireMembership(request, params.id)
  const submission = parseWithZod(await request.formData(), { schema: GroupActionSchema })
  if (submission.status !== 'success') return json({ error: Object.values(submission.error ?? {}).flat().join(' ') || 'Check the form.' }, { status: 400 })
  const value = submission.value
  const now = Date.now()
  if (value.intent !== 'leave' && group.role !== 'mentor') throw new Response('Only the group’s mentors can do that.', { status: 403 })
  try {
    switch (value.intent) {
      case 'invite':
        createGroupInvite({ groupId: group.id, role: value.role, days: value.days, createdBy: user.id, now })
        break
      case 'revoke':
        revokeGroupInvite({ groupId: group.id, code: value.code, now })
        break
      case 'assign':
        createAssignment({ groupId: group.id, target: value.target, ref: value.ref, dueAt: Date.parse(`${value.due}T23:59:59Z`), createdBy: user.id })
        break
      case 'unassign':
        deleteAssignment({ groupId: group.id, id: value.id })
        break
      case 'set-role':
        setGroupRole({ groupId: group.id, userId: value.userId, role: value.role })
        break
      case 'leave':
        leaveGroup({ groupId: group.id, userId: user.id })
        return redirect('/groups')
    }
  } catch (error) {
    if (error instanceof GroupError) return json({ error: error.message }, { status: 400 })
    throw error
  }
  return json({ error: null })
}

const day = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10))
const cellClass = { new: 'text-slate-400', attempted: 'text-amber-700 dark:text-amber-400', solved: 'text-emerald-700 dark:text-emerald-400' }

export default function GroupPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { progress } = data
  return (
    <div className="space-y-8">
      <header>
        <h1 className="page-title">{data.group.name}</h1>
        {data.group.description ? <p className="max-w-3xl">{data.group.description}</p> : null}
        <p className="text-sm">You are a {data.group.role} of this group.</p>
      </header>
      {actionData?.error ? (
        <p role="alert" className="field-error">
          {actionData.error}
        </p>
      ) : null}

      <section aria-labelledby="matrix-heading" className="card space-y-2">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Assignments and progress
        </h2>
        {progress.items.length === 0 ? (
          <p className="text-sm">Nothing is assigned yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="text-left text-sm" data-testid="progress-matrix">
              <caption className="sr-only">Each member’s state on each assigned problem</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    Member
                  </th>
                  {progress.items.map((item) => (
                    <th key={`${item.assignmentId}-${item.id}`} scope="col" className="px-2 align-bottom">
                      <Link to={problemHref(item.slug, item.kind)} className="link">
                        {item.title}
                      </Link>
                      <span className="block text-xs font-normal">due {day(item.dueAt)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {progress.matrix.map((row) => (
                  <tr key={row.userId} data-testid={`matrix-${row.userId}`}>
                    <th scope="row" className="pr-3 font-normal">
                      {row.name}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={i} className={`px-2 ${cellClass[cell.state]}`}>
                        {cell.state}
                        {cell.at ? <span className="block text-xs">{day(cell.at)}{cell.late ? ' (late)' : ''}</span> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.mentor ? (
          <>
            <ul className="text-sm">
              {data.assignments.map((a) => (
                <li key={a.id} className="flex items-center gap-2">
                  {a.target} <code>{a.ref}</code> due {day(a.dueAt)}
                  <Form method="post">
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" name="intent" value="unassign" className="link text-xs">
                      remove
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
            <Form method="post" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="intent" value="assign" />
              <label className="text-sm">
                <span className="block">Assign a</span>
                <select name="target" className="input w-auto py-1">
                  <option value="problem">problem (slug)</option>
                  <option value="module">module (track/module)</option>
                  <option value="track">track (slug)</option>
                </select>
              </label>
              <label className="text-sm">
                <span className="block">Which</span>
                <input name="ref" className="input w-56 py-1" placeholder="two-sum" required />
              </label>
              <label className="text-sm">
                <span className="block">Due</span>
                <input name="due" type="date" className="input w-auto py-1" required />
              </label>
              <button type="submit" className="btn-primary">
                Assign
              </button>
            </Form>
          </>
        ) : null}
      </section>

      <section aria-labelledby="group-tracks-heading" className="card space-y-2">
        <h2 id="group-tracks-heading" className="text-lg font-semibold">
          The group’s own tracks
        </h2>
        {data.tracks.length === 0 ? (
          <p className="text-sm">No track is private to this group yet{data.mentor ? '; write one and assign it by its slug.' : '.'}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="group-tracks">
            {data.tracks.map((t) => (
              <li key={t.slug}>
                <Link to={`/tracks/${t.slug}`} className="link">
                  {t.title}
                </Link>{' '}
                <code className="text-xs">{t.slug}</code>
                {t.authorId === data.me ? (
                  <>
                    {' '}
                    ·{' '}
                    <Link to={`/author/tracks/${t.slug}`} className="link text-xs">
                      edit
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {data.mentor ? (
          <p className="text-sm">
            <Link to={`/author/tracks/new?group=${data.group.id}`} className="link">
              New track for this group
            </Link>{' '}
            <span className="text-slate-600 dark:text-slate-400">(members only: nobody outside the group sees it)</span>
          </p>
        ) : null}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="leaderboard-heading" className="card space-y-2">
          <h2 id="leaderboard-heading" className="text-lg font-semibold">
            Leaderboard
          </h2>
          <ol className="list-decimal space-y-1 pl-6 text-sm" data-testid="leaderboard">
            {progress.leaderboard.map((row) => (
              <li key={row.userId}>
                {row.name}: {row.solved} solved{row.reachedAt ? ` (reached ${day(row.reachedAt)})` : ''}
              </li>
            ))}
          </ol>
          <p className="text-xs text-slate-600 dark:text-slate-400">Ties go to whoever reached the count first.</p>
        </section>
        <section aria-labelledby="activity-heading" className="card space-y-2">
          <h2 id="activity-heading" className="text-lg font-semibold">
            Recent activity
          </h2>
          {data.activity.length === 0 ? <p className="text-sm">Nothing yet.</p> : null}
          <ul className="space-y-1 text-sm">
            {data.activity.map((a, i) => (
              <li key={i}>
                {day(a.at)} · {a.name}: {a.title} — {a.text}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="members-heading" className="card space-y-2">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ul className="space-y-1 text-sm">
          {data.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center gap-2">
              {m.name} · {m.role}
              {data.mentor && m.userId !== data.me ? (
                <Form method="post">
                  <input type="hidden" name="userId" value={m.userId} />
                  <input type="hidden" name="role" value={m.role === 'mentor' ? 'member' : 'mentor'} />
                  <button type="submit" name="intent" value="set-role" className="link text-xs">
                    make {m.role === 'mentor' ? 'member' : 'mentor'}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        <Form method="post">
          <button type="submit" name="intent" value="leave" className="btn-secondary">
            Leave the group
          </button>
        </Form>
      </section>

      {data.mentor ? (
        <section aria-labelledby="invites-heading" className="card space-y-3">
          <h2 id="invites-heading" className="text-lg font-semibold">
            Invites
          </h2>
          <ul className="space-y-1 text-sm" data-testid="invites">
            {data.invites.map((i) => (
              <li key={i.code} className="flex flex-wrap items-center gap-2">
                <code>{i.code}</code> · {i.role} · {i.active ? `link /groups/join/${i.code} · expires ${day(i.expiresAt)}` : i.revokedAt ? 'revoked' : 'expired'}
                {i.active ? (
                  <Form method="post">
                    <input type="hidden" name="code" value={i.code} />
                    <button type="submit" name="intent" value="revoke" className="link text-xs">
                      revoke
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          <Form method="post" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="invite" />
            <label className="text-sm">
              <span className="block">Role</span>
              <select name="role" className="input w-auto py-1">
                <option value="member">member</option>
                <option value="mentor">mentor</option>
              </select>
            </label>
            <label className="text-sm">
              <span className="block">Valid for (days)</span>
              <input name="days" type="number" defaultValue={14} min={1} max={90} className="input w-24 py-1" />
            </label>
            <button type="submit" className="btn-primary">
              Create an invite
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
