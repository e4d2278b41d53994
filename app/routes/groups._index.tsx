import { parseWithZod } from '@conform-to/zod'
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createGroup, listUserGroups } from '~/models/groups.server'
import { requireRole, requireUser } from '~/utils/auth.server'
import { CreateGroupSchema } from '~/utils/forms'

export const meta: MetaFunction = () => [{ title: 'Groups — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ groups: listUserGroups({ userId: user.id }), canCreate: user.role !== 'candidate' })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  const submission = parseWithZod(await request.formData(), { schema: CreateGroupSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  const group = createGroup({ ...submission.value, userId: user.id })
  return redirect(`/groups/${group.id}`)
}

export default function Groups() {
  const { groups, canCreate } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.error ?? {}
  return (
    <div className="space-y-8">
      <h1 className="page-title">Study groups</h1>
      {groups.length === 0 ? <p>You are in no group yet. A mentor can send you an invite link or code.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {groups.map((g) => (
          <li key={g.id} className="card">
            <h2 className="text-lg font-semibold">
              <Link to={`/groups/${g.id}`} className="link">
                {g.name}
              </Link>
            </h2>
            <p className="text-sm">
              {g.members} member{g.members === 1 ? '' : 's'} · you are a {g.role}
            </p>
            {g.description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{g.description}</p> : null}
          </li>
        ))}
      </ul>
      <section className="card max-w-md space-y-3">
        <h2 className="font-semibold">Join with a code</h2>
        <Form method="get" action="/groups/join" className="flex items-end gap-2">
          <div>
            <label htmlFor="code" className="label">
              Invite code
            </label>
            <input id="code" name="code" className="input" autoComplete="off" required />
          </div>
          <button type="submit" className="btn-secondary">
            Continue
          </button>
        </Form>
      </section>
      {canCreate ? (
        <section className="card max-w-md space-y-3">
          <h2 className="font-semibold">Create a group</h2>
          <Form method="post" className="space-y-3">
            <input type="hidden" name="intent" value="create-group" />
            <div>
              <label htmlFor="name" className="label">
                Name
              </label>
              <input id="name" name="name" className="input" aria-describedby="name-error" />
              <p id="name-error" className="field-error">
                {errors.name?.join(' ')}
              </p>
            </div>
            <div>
              <label htmlFor="description" className="label">
                Description (optional)
              </label>
              <textarea id="description" name="description" rows={2} className="input" />
            </div>
            <button type="submit" className="btn-primary">
              Create the group
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
