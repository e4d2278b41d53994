import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Field, FormError } from '~/components/forms'
import { deleteUserSessions } from '~/models/sessions.server'
import { changePassword } from '~/models/users.server'
import { requireUser } from '~/utils/auth.server'
import { ChangePasswordSchema } from '~/utils/forms'
import { startUserSession } from '~/utils/session.server'

export const meta: MetaFunction = () => [{ title: 'Your account — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  return json({ user })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await request.formData(), { schema: ChangePasswordSchema })
  const hideFields = ['currentPassword', 'newPassword', 'confirmPassword']
  if (submission.status !== 'success') return json({ ...submission.reply({ hideFields }), changed: false }, { status: 400 })
  const changed = await changePassword({
    userId: user.id,
    currentPassword: submission.value.currentPassword,
    newPassword: submission.value.newPassword,
  })
  if (!changed) {
    return json(
      { ...submission.reply({ fieldErrors: { currentPassword: ['That is not your current password.'] }, hideFields }), changed: false },
      { status: 400 },
    )
  }
  // A new password ends every other session and rotates this one.
  deleteUserSessions({ userId: user.id })
  const cookie = await startUserSession({ request, userId: user.id })
  return json({ ...submission.reply({ resetForm: true }), changed: true }, { headers: { 'Set-Cookie': cookie } })
}

export default function Account() {
  const { user } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'change-password',
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: 'onBlur',
  })
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <section className="card">
        <h1 className="page-title">Your account</h1>
        <dl className="grid grid-cols-[8rem_1fr] gap-2 text-sm">
          <dt className="font-medium">Name</dt>
          <dd>{user.displayName}</dd>
          <dt className="font-medium">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium">Role</dt>
          <dd>{user.role}</dd>
        </dl>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          Change password
        </h2>
        <Form method="post" {...getFormProps(form)} className="card space-y-4">
          {lastResult?.changed ? (
            <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
              Password changed. Other devices have been logged out.
            </p>
          ) : null}
          <FormError errors={form.errors} />
          <Field label="Current password" meta={fields.currentPassword} type="password" autoComplete="current-password" />
          <Field label="New password" meta={fields.newPassword} type="password" autoComplete="new-password" hint="At least 10 characters." />
          <Field label="Repeat new password" meta={fields.confirmPassword} type="password" autoComplete="new-password" />
          <button type="submit" className="btn-primary" disabled={navigation.state === 'submitting'}>
            Change password
          </button>
        </Form>
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
