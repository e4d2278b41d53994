import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { forwardRetryAfter } from '~/utils/headers'
import { Field, FormError } from '~/components/forms'
import { DuplicateEmailError, InvalidInviteError, createUser } from '~/models/users.server'
import { requireAnonymous, safeRedirectPath } from '~/utils/auth.server'
import { getEnv } from '~/utils/env.server'
import { SignupSchema } from '~/utils/forms'
import { limitSignupAttempt } from '~/utils/rate-limit.server'
import { rateLimitOr429 } from '~/utils/responses.server'
import { startUserSession } from '~/utils/session.server'

export const meta: MetaFunction = () => [{ title: 'Sign up — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  const url = new URL(request.url)
  return json({ mode: getEnv().ALLOW_SIGNUP, invite: url.searchParams.get('invite') ?? '', redirectTo: url.searchParams.get('redirectTo') ?? '' })
}

export const headers = forwardRetryAfter

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const mode = getEnv().ALLOW_SIGNUP
  if (mode === 'closed') throw new Response('Sign-up is closed on this Drill; ask an admin for an account.', { status: 403 })
  const submission = parseWithZod(await request.formData(), { schema: SignupSchema })
  if (submission.status !== 'success') {
    return json(submission.reply({ hideFields: ['password', 'confirmPassword'] }), { status: 400 })
  }
  const limited = await rateLimitOr429(() => limitSignupAttempt({ ip: context?.ip ?? 'unknown' }), (o) =>
    submission.reply({ ...o, hideFields: ['password', 'confirmPassword'] }),
  )
  if (limited) return limited
  const { email, password, displayName, inviteCode } = submission.value
  if (mode === 'invite' && !inviteCode) {
    return json(
      submission.reply({ fieldErrors: { inviteCode: ['Sign-up needs an invite code on this Drill.'] }, hideFields: ['password', 'confirmPassword'] }),
      { status: 400 },
    )
  }
  try {
    const user = await createUser({
      email,
      password,
      displayName,
      inviteCode: mode === 'invite' ? inviteCode : undefined,
    })
    const cookie = await startUserSession({ request, userId: user.id })
    return redirect(safeRedirectPath(submission.value.redirectTo), { headers: { 'Set-Cookie': cookie } })
  } catch (error) {
    const field = error instanceof DuplicateEmailError ? 'email' : error instanceof InvalidInviteError ? 'inviteCode' : null
    if (!field) throw error
    return json(
      submission.reply({ fieldErrors: { [field]: [(error as Error).message] }, hideFields: ['password', 'confirmPassword'] }),
      { status: 400 },
    )
  }
}

export default function Signup() {
  const { mode, invite, redirectTo } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'signup',
    lastResult,
    defaultValue: { inviteCode: invite, redirectTo },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  })
  if (mode === 'closed') {
    return (
      <div className="mx-auto max-w-md card">
        <h1 className="page-title">Sign-up is closed</h1>
        <p>This Drill does not take new accounts. Ask its admin for one, or <Link className="link" to="/login">log in</Link>.</p>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="page-title">Create your account</h1>
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormError errors={form.errors} />
        <input {...getInputProps(fields.redirectTo, { type: 'hidden' })} />
        <Field label="Email" meta={fields.email} type="email" autoComplete="email" />
        <Field label="Display name" meta={fields.displayName} autoComplete="nickname" />
        <Field label="Password" meta={fields.password} type="password" autoComplete="new-password" hint="At least 10 characters." />
        <Field label="Repeat password" meta={fields.confirmPassword} type="password" autoComplete="new-password" />
        {mode === 'invite' ? <Field label="Invite code" meta={fields.inviteCode} autoComplete="off" /> : null}
        <button type="submit" className="btn-primary w-full" disabled={navigation.state === 'submitting'}>
          Sign up
        </button>
        <p className="text-sm">
          Already have an account? <Link to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'} className="link">Log in</Link>
        </p>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
