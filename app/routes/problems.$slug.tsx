import { getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { forwardRetryAfter } from '~/utils/headers'
import { RunPanel } from '~/components/run-panel'
import { type JudgeProblem } from '~/judge/types'
import { getProblemForCandidate } from '~/models/problems.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { SubmitCodeSchema } from '~/utils/forms'
import { JudgeBusyError, submitForJudging } from '~/utils/judging.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.problem.title ?? 'Problem'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const problem = getProblemForCandidate({ slug: params.slug! })
  if (!problem) throw new Response('There is no problem with that name.', { status: 404 })
  const user = await getOptionalUser(request)
  return json({ problem, signedIn: Boolean(user) })
}

export const headers = forwardRetryAfter

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await request.formData(), { schema: SubmitCodeSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    const created = submitForJudging({ userId: user.id, slug: params.slug!, ...submission.value })
    if (!created) throw new Response('There is no problem with that name.', { status: 404 })
    return redirect(`/submissions/${created.id}`)
  } catch (error) {
    if (!(error instanceof JudgeBusyError)) throw error
    return json(submission.reply({ formErrors: [error.message] }), {
      status: 429,
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    })
  }
}

export default function ProblemPage() {
  const { problem, signedIn } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'submit-code',
    lastResult,
    defaultValue: { code: problem.starter, language: 'typescript' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SubmitCodeSchema }),
  })
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <article aria-labelledby="problem-title" className="min-w-0">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {problem.difficulty} · {problem.tags.join(', ')}
        </p>
        <h1 id="problem-title" className="page-title mt-1">
          {problem.title}
        </h1>
        <div className="statement prose-sm max-w-none" dangerouslySetInnerHTML={{ __html: problem.statementHtml }} />
        <p className="mt-6 text-sm">
          <Link to={`/problems/${problem.slug}/submissions`} className="link">
            Your submissions
          </Link>
        </p>
      </article>
      <section aria-labelledby="solve-heading" className="min-w-0">
        <h2 id="solve-heading" className="mb-2 text-lg font-semibold">
          Your solution
        </h2>
        <p className="mb-3 text-sm">
          Implement <code>{problem.signature}</code>
        </p>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          {form.errors ? (
            <p role="alert" className="field-error">
              {form.errors.join(' ')}
            </p>
          ) : null}
          <label htmlFor={fields.language.id} className="label">
            Language
          </label>
          <select {...getSelectProps(fields.language)} className="input w-48">
            <option value="typescript">TypeScript</option>
            <option value="javascript">JavaScript</option>
          </select>
          <label htmlFor={fields.code.id} className="label">
            Code
          </label>
          <textarea
            {...getTextareaProps(fields.code)}
            rows={18}
            spellCheck={false}
            className="input font-mono text-sm"
          />
          {fields.code.errors ? <p className="field-error">{fields.code.errors.join(' ')}</p> : null}
          <RunPanel
            problem={problem.runnable as JudgeProblem | null}
            readCode={() => {
              const element = document.getElementById(form.id) as HTMLFormElement
              const data = new FormData(element)
              return { code: String(data.get('code') ?? ''), language: data.get('language') === 'javascript' ? 'javascript' : 'typescript' }
            }}
          />
          {signedIn ? (
            <button type="submit" className="btn-primary" disabled={navigation.state === 'submitting'}>
              Submit
            </button>
          ) : (
            <p className="text-sm">
              <Link to={`/login?redirectTo=/problems/${problem.slug}`} className="link">
                Log in
              </Link>{' '}
              or{' '}
              <Link to="/signup" className="link">
                sign up
              </Link>{' '}
              to submit and keep your progress.
            </p>
          )}
        </Form>
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
