import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getPlan, getPlanCatalog, savePlan } from '~/models/plans.server'
import { analyzePosting, buildRolePlan, type PostingAnalysis, type StudyPlan } from '~/plan/matcher'
import { getOptionalUser } from '~/utils/auth.server'
import { PostingSchema, RolePlanSchema } from '~/utils/forms'
import { jobRoleNames, jobRoles, type JobRole } from '~/utils/roles'

export const meta: MetaFunction = () => [{ title: 'Your plan — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const saved = user ? getPlan({ userId: user.id }) : undefined
  return json({ signedIn: Boolean(user), saved: saved ?? null })
}

const PlanActionSchema = z.discriminatedUnion('intent', [PostingSchema, RolePlanSchema])

export async function action({ request }: ActionFunctionArgs) {
  const user = await getOptionalUser(request)
  const submission = parseWithZod(await request.formData(), { schema: PlanActionSchema })
  if (submission.status !== 'success') return json({ result: submission.reply(), plan: null, analysis: null, saved: false }, { status: 400 })
  const catalog = getPlanCatalog()
  const now = Date.now()
  let plan: StudyPlan
  let analysis: Omit<PostingAnalysis, 'plan'> | null = null
  if (submission.value.intent === 'posting') {
    const { plan: matched, ...rest } = analyzePosting({ posting: submission.value.posting, catalog })
    plan = matched
    analysis = rest
    if (user) savePlan({ userId: user.id, source: 'posting', posting: submission.value.posting, plan, analysis, now })
  } else {
    plan = buildRolePlan({ role: submission.value.role, catalog })
    if (user) savePlan({ userId: user.id, source: 'role', role: submission.value.role, plan, now })
  }
  return json({ result: submission.reply(), plan, analysis, saved: Boolean(user), role: submission.value.intent === 'role' ? submission.value.role : null })
}

export default function PlanPage() {
  const { signedIn, saved } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'posting-form',
    lastResult: actionData?.result,
    defaultValue: { posting: saved?.posting ?? '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PostingSchema }),
    shouldValidate: 'onSubmit',
  })
  const plan = actionData?.plan ?? saved?.plan ?? null
  const analysis = actionData?.plan ? actionData.analysis : saved?.analysis ?? null
  const role = actionData?.plan ? actionData.role : saved?.role ?? null
  return (
    <div className="space-y-8">
      <header>
        <h1 className="page-title">Your study plan</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Paste the job posting you are preparing for. Drill reads it line by line, maps every requirement it recognizes to tracks and modules, and
          shows which words led where, and which requirements it could not map.
        </p>
        {!signedIn ? (
          <p className="mt-2 text-sm">
            <Link to="/signup?redirectTo=/plan" className="link">
              Sign up
            </Link>{' '}
            to save the plan to your account; without one Drill shows it once.
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Form method="post" {...getFormProps(form)} className="card space-y-3">
          <input type="hidden" name="intent" value="posting" />
          <label htmlFor={fields.posting.id} className="label">
            Job posting
          </label>
          <textarea
            {...getTextareaProps(fields.posting, { ariaAttributes: true })}
            aria-describedby={fields.posting.errors ? `${fields.posting.id}-error` : undefined}
            rows={14}
            className="input font-mono text-sm"
          />
          <div id={`${fields.posting.id}-error`} className="field-error" role={fields.posting.errors ? 'alert' : undefined}>
            {fields.posting.errors?.join(' ')}
          </div>
          <button type="submit" className="btn-primary" disabled={navigation.state === 'submitting'}>
            {signedIn ? 'Match and save my plan' : 'Match the posting'}
          </button>
        </Form>
        <Form method="post" className="card space-y-3">
          <input type="hidden" name="intent" value="role" />
          <h2 className="font-semibold">Or plan by role</h2>
          <label htmlFor="plan-role" className="label">
            Role
          </label>
          <select id="plan-role" name="role" className="input" defaultValue={role ?? 'cloud-infra'}>
            {jobRoles.map((r) => (
              <option key={r} value={r}>
                {jobRoleNames[r]}
              </option>
            ))}
          </select>
          <button type="submit" className="btn-secondary">
            {signedIn ? 'Build and save my plan' : 'Show the plan'}
          </button>
        </Form>
      </div>

      {plan ? (
        <section aria-labelledby="plan-heading" className="space-y-4" data-testid="plan">
          <h2 id="plan-heading" className="text-xl font-semibold">
            {role ? `Plan for: ${jobRoleNames[role as JobRole] ?? role}` : 'Plan from your posting'}
            {actionData?.saved || (!actionData && saved) ? <span className="ml-2 text-sm font-normal text-emerald-700 dark:text-emerald-400">saved to your account</span> : null}
          </h2>
          {plan.tracks.length === 0 ? <p>Nothing in the posting matched a track; see the requirements below.</p> : null}
          <ol className="space-y-4">
            {plan.tracks.map((track) => (
              <li key={track.slug} className="card" data-testid={`plan-track-${track.slug}`}>
                <h3 className="text-lg font-semibold">
                  <Link to={`/tracks/${track.slug}`} className="link">
                    {track.title}
                  </Link>
                </h3>
                <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
                  {track.modules.map((m) => (
                    <li key={m.slug}>
                      <span className="font-medium">{m.title}</span>
                      {m.reasons.length ? <span className="text-slate-600 dark:text-slate-400"> — {m.reasons.join('; ')}</span> : null}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {analysis ? (
        <section aria-labelledby="requirements-heading" className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-2">
            <h2 id="requirements-heading" className="text-lg font-semibold">
              What Drill recognized
            </h2>
            <ul className="space-y-2 text-sm">
              {analysis.requirements.map((r, i) => (
                <li key={i} className="card p-3">
                  <p className="text-slate-600 dark:text-slate-400">
                    Line {r.line}: {r.text}
                  </p>
                  <ul className="mt-1 list-disc pl-5">
                    {r.matches.map((m) => (
                      <li key={m.concept}>
                        {m.terms.map((t) => `“${t}”`).join(', ')} → <strong>{m.concept}</strong>: {m.modules.map((x) => x.title).join(', ')}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
          <div className="space-y-2">
            <h2 className="text-lg font-semibold">Not mapped</h2>
            {analysis.unmatched.length === 0 ? <p className="text-sm">Every requirement mapped to something.</p> : null}
            <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="unmatched">
              {analysis.unmatched.map((u, i) => (
                <li key={i}>
                  Line {u.line}: {u.text}
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
