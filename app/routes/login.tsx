import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { forwardRetryAfter } from '~/utils/headers'
import { Field, FormError } from '~/components/forms'
import { normalizeEmail, verifyLogin } from '~/models/users.server'
import { requireAnonymous, safeRedirectPath } from '~/utils/auth.server'
import { LoginSchema } from '~/utils/forms'
import { clearFailedLogins, limitLoginAttempt, recordFailedLogin } from '~/utils/rate-limit.server'
import { rateLimitOr429 } from '~/utils/responses.server'
import { startUserSession } from '~/utils/session.server'

export const meta: MetaFunction = () => [{ title: 'Log in — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export const headers = forwardRetryAfter

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: LoginSchema })
  if (submission.status !== 'success') {
    return json(submission.reply({ hideFields: ['password'] }), { status: 400 })
  }
  const email = normalizeEmail(submission.value.email)
  const limited = await rateLimitOr429(
    () => limitLoginAttempt({ ip: context?.ip ?? 'unknown', email }),
    (o) => submission.reply({ ...o, hideFields: ['password'] }),
  )
  if (limited) return limited
  const user = await verifyLogin({ email, password: submission.value.password })
  if (!user) {
    await recordFailedLogin({ email })
    return json(
      submission.reply({ formErrors: ['That email and password do not match an account.'], hideFields: ['password'] }),
      { status: 400 },
    )
  }
  await clearFailedLogins({ email })
  const cookie = await startUserSession({ request, userId: user.id })
  return redirect(safeRedirectPath(submission.value.redirectTo), { headers: { 'Set-Cookie': cookie } })
}

export default function Login() {
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'login',
    lastResult,
    defaultValue: { redirectTo: searchParams.get('redirectTo') ?? '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldValidate: 'onBlur',
  })
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">Log in</h1>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormError errors={form.errors} />
        <Field label="Email" meta={fields.email} type="email" autoComplete="email" />
        <Field label="Password" meta={fields.password} type="password" autoComplete="current-password" />
        <input {...getInputProps(fields.redirectTo, { type: 'hidden' })} />
        <button type="submit" className="btn-primary w-full" disabled={navigation.state === 'submitting'}>
          Log in
        </button>
        <p className="text-sm">
          New here? <Link to="/signup" className="link">Create an account</Link>
        </p>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
