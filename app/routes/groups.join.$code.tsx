import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getInvite, GroupError, joinGroup } from '~/models/groups.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Join a group — Drill' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const found = getInvite({ code: params.code!, now: Date.now() })
  if ('error' in found) return json({ error: found.error, group: null, signedIn: Boolean(user) }, { status: 404 })
  return json({ error: null, group: { name: found.invite.name, description: found.invite.description, role: found.invite.role }, signedIn: Boolean(user) })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  try {
    const groupId = joinGroup({ code: params.code!, userId: user.id, now: Date.now() })
    return redirect(`/groups/${groupId}`)
  } catch (error) {
    if (error instanceof GroupError) return json({ error: error.message }, { status: 400 })
    throw error
  }
}

export default function JoinGroup() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const path = useLocation().pathname
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="page-title">Join a study group</h1>
      {data.error || actionData?.error ? (
        <p role="alert" className="field-error">
          {actionData?.error ?? data.error}
        </p>
      ) : null}
      {data.group ? (
        <div className="card space-y-3">
          <p>
            You are invited to <strong>{data.group.name}</strong> as a {data.group.role}.
          </p>
          {data.group.description ? <p className="text-sm">{data.group.description}</p> : null}
          {data.signedIn ? (
            <Form method="post">
              <button type="submit" className="btn-primary">
                Join {data.group.name}
              </button>
            </Form>
          ) : (
            <p className="text-sm">
              <Link to={`/signup?redirectTo=${encodeURIComponent(path)}`} className="link">
                Sign up
              </Link>{' '}
              or{' '}
              <Link to={`/login?redirectTo=${encodeURIComponent(path)}`} className="link">
                log in
              </Link>{' '}
              to join.
            </p>
          )}
        </div>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
