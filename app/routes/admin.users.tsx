import { parseWithZod } from '@conform-to/zod'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createInvite, listInvites, revokeInvite } from '~/models/invites.server'
import { listProblemsNeedingAttention } from '~/models/problems.server'
import { LastAdminError, listUsers, setUserRole } from '~/models/users.server'
import { roles } from '~/utils/roles'
import { requireRole } from '~/utils/auth.server'
import { getEnv } from '~/utils/env.server'
import { RoleChangeSchema } from '~/utils/forms'

export const meta: MetaFunction = () => [{ title: 'Users — Drill admin' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return json({ users: listUsers(), invites: listInvites(), signupMode: getEnv().ALLOW_SIGNUP, problems: listProblemsNeedingAttention() })
}

const AdminActionSchema = z.discriminatedUnion('intent', [
  RoleChangeSchema,
  z.object({ intent: z.literal('create-invite') }),
  z.object({ intent: z.literal('revoke-invite'), code: z.string().min(1) }),
])

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const submission = parseWithZod(await request.formData(), { schema: AdminActionSchema })
  if (submission.status !== 'success') return json({ ...submission.reply(), notice: null }, { status: 400 })
  const value = submission.value
  if (value.intent === 'create-invite') {
    const invite = createInvite({ createdBy: admin.id })
    return json({ ...submission.reply(), notice: `New invite code: ${invite.code}` })
  }
  if (value.intent === 'revoke-invite') {
    revokeInvite({ code: value.code })
    return json({ ...submission.reply(), notice: 'Invite revoked.' })
  }
  try {
    setUserRole({ userId: value.userId, role: value.role })
  } catch (error) {
    if (!(error instanceof LastAdminError)) throw error
    return json({ ...submission.reply({ formErrors: [error.message] }), notice: null }, { status: 400 })
  }
  return json({ ...submission.reply(), notice: 'Role updated.' })
}

export default function AdminUsers() {
  const { users, invites, signupMode, problems } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.error ? Object.values(result.error).flat() : []
  return (
    <div className="space-y-8">
      <h1 className="page-title">Users</h1>
      <div aria-live="polite">
        {result?.notice ? <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">{result.notice}</p> : null}
        {errors.length ? <p role="alert" className="field-error">{errors.join(' ')}</p> : null}
      </div>
      <div className="overflow-x-auto card p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">All accounts and their roles</caption>
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Email</th>
              <th scope="col" className="px-4 py-3">Joined</th>
              <th scope="col" className="px-4 py-3">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                <td className="px-4 py-3">{u.displayName}</td>
                <td className="px-4 py-3">{u.email}</td>
                <td className="px-4 py-3">{new Date(u.createdAt).toISOString().slice(0, 10)}</td>
                <td className="px-4 py-3">
                  <Form method="post" className="flex items-center gap-2">
                    <input type="hidden" name="intent" value="set-role" />
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>Role of {u.email}</label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="input w-36">
                      {roles.map((r) => <option key={r} value={r}>{r}</option>)}
                    </select>
                    <button type="submit" className="btn-secondary">Save</button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="content-heading" className="space-y-3">
        <h2 id="content-heading" className="text-xl font-semibold">Content problems</h2>
        {problems.length === 0 ? (
          <p className="text-sm">Every bundled problem loaded at the last start.</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {problems.map((p) => (
              <li key={p.slug} className="card p-4">
                <p className="font-semibold">
                  {p.title} <code>({p.slug})</code> — {p.status === 'broken' ? 'files do not load; the last good version is still served' : 'folder removed'}
                </p>
                {p.message ? <pre className="mt-2 whitespace-pre-wrap text-xs">{p.message}</pre> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="invites-heading" className="space-y-3">
        <h2 id="invites-heading" className="text-xl font-semibold">Invites</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Sign-up mode: <strong>{signupMode}</strong> (set with <code>ALLOW_SIGNUP</code>). With
          <code> invite</code>, new accounts need a single-use code, valid for 7 days.
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="create-invite" />
          <button type="submit" className="btn-secondary">Create an invite code</button>
        </Form>
        {invites.length ? (
          <ul className="space-y-2 text-sm">
            {invites.map((i) => (
              <li key={i.code} className="flex items-center gap-3">
                <code>{i.code}</code>
                <span>{i.usedAt ? `used by ${i.usedByEmail ?? 'a deleted account'}` : `expires ${new Date(i.expiresAt).toISOString().slice(0, 10)}`}</span>
                {i.usedAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke-invite" />
                    <input type="hidden" name="code" value={i.code} />
                    <button type="submit" className="link">Revoke</button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
