import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { RequestReviewForm } from '~/components/request-review'
import { gradeEstimate, scoreRubric } from '~/design/grade'
import { listReviewGroups } from '~/models/mentor-reviews.server'
import { rubricLevels, type RubricLevel } from '~/design/types'
import { publicDesign } from '~/design/view'
import { DesignNotSubmittedError, getDesignAnswer, getPracticeProblem, saveDesignAnswer, saveRubricScores, startDesignTimer, validateDesignAnswer } from '~/models/practice.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { renderMarkdown } from '~/utils/markdown.server'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.problem.title ?? 'System design'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const problem = getPracticeProblem({ slug: params.slug!, kind: 'design', audience: audienceOf(user) })
  if (!problem) throw new Response('There is no design prompt with that name.', { status: 404 })
  const answer = user ? getDesignAnswer({ userId: user.id, problemId: problem.id }) : undefined
  const design = problem.content
  const submitted = answer?.status === 'submitted'
  // Grades, worked calculations, the rubric and the reference answer leave the server only after a submission.
  const after = submitted
    ? {
        grades: await Promise.all(
          design.estimates.map(async (e) => ({ id: e.id, question: e.question, ...gradeEstimate(e, answer.estimates[e.id] ?? ''), worked: (await renderMarkdown(e.worked)).html })),
        ),
        rubric: design.rubric.map(({ id, criterion, weight, guidance }) => ({ id, criterion, weight, guidance })),
        reference: await Promise.all(design.reference.map(async (r) => ({ id: r.id, title: r.title, html: (await renderMarkdown(r.markdown)).html }))),
      }
    : null
  return json({
    problem: { slug: problem.slug, title: problem.title, difficulty: problem.difficulty, tags: problem.tags, statementHtml: problem.statementHtml, suggestedMinutes: design.frontmatter.suggestedMinutes },
    form: publicDesign(design),
    signedIn: Boolean(user),
    answer: answer
      ? { sections: answer.sections, estimates: answer.estimates, status: answer.status, revision: answer.revision, rubric: answer.rubric, rubricScore: answer.rubricScore, timerStartedAt: answer.timerStartedAt }
      : null,
    after,
    reviewGroups: user && submitted ? listReviewGroups({ userId: user.id }) : [],
    problemId: problem.id,
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const problem = getPracticeProblem({ slug: params.slug!, kind: 'design', audience: audienceOf(user) })
  if (!problem) throw new Response('There is no design prompt with that name.', { status: 404 })
  const formData = await request.formData()
  const intent = formData.get('intent')
  const now = Date.now()
  const design = problem.content
  if (intent === 'start-timer') {
    startDesignTimer({ userId: user.id, problemId: problem.id, versionId: problem.versionId, now })
    return json({ errors: {} as Record<string, string>, message: 'Timer started.' })
  }
  if (intent === 'rubric') {
    const scores: Record<string, RubricLevel> = {}
    for (const c of design.rubric) {
      const level = Number(formData.get(`rubric-${c.id}`))
      if (level === 0 || level === 1 || level === 2) scores[c.id] = level
    }
    try {
      const result = scoreRubric(design.rubric, scores)
      saveRubricScores({ userId: user.id, problemId: problem.id, rubric: scores, score: result.score })
      return json({ errors: {} as Record<string, string>, message: `Rubric saved: ${result.score}/100.` })
    } catch (error) {
      if (error instanceof DesignNotSubmittedError) return json({ errors: { form: error.message }, message: null }, { status: 400 })
      throw error
    }
  }
  if (intent !== 'save' && intent !== 'submit') return json({ errors: { form: 'Unknown action.' }, message: null }, { status: 400 })
  const sections = Object.fromEntries(design.sections.map((s) => [s.id, String(formData.get(`section-${s.id}`) ?? '')]))
  const estimates = Object.fromEntries(design.estimates.map((e) => [e.id, String(formData.get(`estimate-${e.id}`) ?? '').trim()]))
  const errors = validateDesignAnswer({ design, sections, estimates, submit: intent === 'submit' })
  if (Object.keys(errors).length) return json({ errors, message: null }, { status: 400 })
  const saved = saveDesignAnswer({ userId: user.id, problemId: problem.id, versionId: problem.versionId, sections, estimates, submit: intent === 'submit', now })
  return json({ errors: {} as Record<string, string>, message: intent === 'submit' ? `Submitted (revision ${saved.revision}).` : 'Draft saved.' })
}

function Timer({ startedAt, minutes }: { startedAt: number; minutes: number }) {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  if (now === null) return <span>Timer started at {new Date(startedAt).toISOString().slice(11, 16)} UTC</span>
  const left = Math.round((startedAt + minutes * 60_000 - now) / 1000)
  const shown = `${Math.floor(Math.abs(left) / 60)}:${String(Math.abs(left) % 60).padStart(2, '0')}`
  return <span role="timer" aria-live="off">{left >= 0 ? `${shown} left` : `${shown} over time`}</span>
}

export default function DesignPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors: Record<string, string> = actionData?.errors ?? {}
  const answer = data.answer
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          System design · <span className="capitalize">{data.problem.difficulty}</span> · {data.problem.tags.join(', ')}
        </p>
        <h1 className="page-title mt-1">{data.problem.title}</h1>
      </header>
      <div className="statement prose-sm max-w-3xl" dangerouslySetInnerHTML={{ __html: data.problem.statementHtml }} />
      {!data.signedIn ? (
        <p className="card">
          <Link to={`/signup?redirectTo=/design/${data.problem.slug}`} className="link">
            Sign up
          </Link>{' '}
          to write an answer: Drill grades your estimates, keeps your revisions and can send them to a mentor.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            {answer?.timerStartedAt ? (
              <Timer startedAt={answer.timerStartedAt} minutes={data.problem.suggestedMinutes} />
            ) : (
              <Form method="post">
                <button type="submit" name="intent" value="start-timer" className="btn-secondary">
                  Start a {data.problem.suggestedMinutes}-minute timer
                </button>
              </Form>
            )}
            {answer ? <span>{answer.status === 'submitted' ? `Submitted, revision ${answer.revision}` : 'Draft'}</span> : null}
          </div>
          <Form method="post" className="space-y-4">
            {data.form.sections.map((s) => (
              <div key={s.id} className="card space-y-1">
                <label htmlFor={`section-${s.id}`} className="font-semibold">
                  {s.title}
                </label>
                <p id={`section-${s.id}-help`} className="text-sm text-slate-600 dark:text-slate-400">
                  {s.guidance}
                </p>
                <textarea
                  id={`section-${s.id}`}
                  name={`section-${s.id}`}
                  rows={s.id === 'high-level-design' || s.id === 'deep-dives' ? 10 : 5}
                  defaultValue={answer?.sections[s.id] ?? ''}
                  aria-describedby={`section-${s.id}-help`}
                  className="input text-sm"
                />
                {errors[`section-${s.id}`] ? <p className="field-error">{errors[`section-${s.id}`]}</p> : null}
                {s.id === 'capacity' ? (
                  <fieldset className="mt-3 space-y-2">
                    <legend className="text-sm font-semibold">Graded estimates (a number with a unit, e.g. “12k”, “1.5 TB”)</legend>
                    {data.form.estimates.map((e) => (
                      <div key={e.id}>
                        <label htmlFor={`estimate-${e.id}`} className="text-sm">
                          {e.question} <span className="text-slate-600 dark:text-slate-400">({e.unit})</span>
                        </label>
                        <input id={`estimate-${e.id}`} name={`estimate-${e.id}`} defaultValue={answer?.estimates[e.id] ?? ''} className="input w-64 py-1" autoComplete="off" />
                        {errors[`estimate-${e.id}`] ? (
                          <p className="field-error" role="alert">
                            {errors[`estimate-${e.id}`]}
                          </p>
                        ) : null}
                      </div>
                    ))}
                  </fieldset>
                ) : null}
              </div>
            ))}
            {errors.form ? (
              <p role="alert" className="field-error">
                {errors.form}
              </p>
            ) : null}
            {actionData?.message ? (
              <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
                {actionData.message}
              </p>
            ) : null}
            <div className="flex gap-3">
              <button type="submit" name="intent" value="save" className="btn-secondary" disabled={navigation.state !== 'idle'}>
                Save draft
              </button>
              <button type="submit" name="intent" value="submit" className="btn-primary" disabled={navigation.state !== 'idle'}>
                {answer?.status === 'submitted' ? 'Submit a revision' : 'Submit and see the grades'}
              </button>
            </div>
          </Form>
        </>
      )}

      {data.after ? (
        <>
          <section aria-labelledby="grades-heading" className="card space-y-3" data-testid="estimate-grades">
            <h2 id="grades-heading" className="text-lg font-semibold">
              Your estimates
            </h2>
            {data.after.grades.map((g) => (
              <div key={g.id} data-testid={`grade-${g.id}`}>
                <p className="font-medium">{g.question}</p>
                <p className={g.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}>
                  {g.verdict === 'within' ? 'Within tolerance: ' : g.verdict === 'off' ? 'Off: ' : 'Not graded: '}
                  {g.message}
                </p>
                <details>
                  <summary className="cursor-pointer text-sm">The worked calculation</summary>
                  <div className="statement prose-sm" dangerouslySetInnerHTML={{ __html: g.worked }} />
                </details>
              </div>
            ))}
          </section>
          <section aria-labelledby="rubric-heading" className="card space-y-3">
            <h2 id="rubric-heading" className="text-lg font-semibold">
              Score yourself against the rubric
            </h2>
            {answer?.rubricScore != null ? (
              <p data-testid="rubric-score">
                Your self-score: <strong>{answer.rubricScore}</strong>/100
              </p>
            ) : null}
            <Form method="post" className="space-y-3">
              <input type="hidden" name="intent" value="rubric" />
              {data.after.rubric.map((c) => (
                <fieldset key={c.id} className="border-b border-slate-100 pb-2 dark:border-slate-800">
                  <legend className="font-medium">
                    {c.criterion} <span className="text-sm font-normal">({c.weight} points)</span>
                  </legend>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{c.guidance}</p>
                  <div className="mt-1 flex gap-4 text-sm">
                    {rubricLevels.map((l) => (
                      <label key={l.level} className="flex items-center gap-1">
                        <input type="radio" name={`rubric-${c.id}`} value={l.level} defaultChecked={answer?.rubric?.[c.id] === l.level} />
                        {l.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
              <button type="submit" className="btn-primary">
                Save my rubric score
              </button>
            </Form>
          </section>
          <RequestReviewForm itemType="design" itemId={data.problemId} groups={data.reviewGroups} redirectTo="/feedback" />
          <section aria-labelledby="reference-heading" className="card space-y-3" data-testid="reference-answer">
            <h2 id="reference-heading" className="text-lg font-semibold">
              A reference answer
            </h2>
            {data.after.reference.map((r) => (
              <div key={r.id}>
                <h3 className="font-semibold">{r.title}</h3>
                <div className="statement prose-sm" dangerouslySetInnerHTML={{ __html: r.html }} />
              </div>
            ))}
          </section>
        </>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
