import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { answerQuiz, getLastQuizAnswer, getPracticeProblem } from '~/models/practice.server'
import { getNextTrackItem } from '~/models/progress.server'
import { getReviewState } from '~/models/reviews.server'
import { publicQuestion } from '~/quiz/grade'
import { type QuizResponse } from '~/quiz/types'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { renderMarkdown } from '~/utils/markdown.server'
import { problemHref } from '~/utils/problem-pages'
import { audienceOf } from '~/models/visibility.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.problem.title ?? 'Concept check'} — Drill` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const problem = getPracticeProblem({ slug: params.slug!, kind: 'quiz', audience: audienceOf(user) })
  if (!problem) throw new Response('There is no concept check with that name.', { status: 404 })
  const last = user ? getLastQuizAnswer({ userId: user.id, problemId: problem.id }) : undefined
  const review = user ? getReviewState({ userId: user.id, problemId: problem.id, now: Date.now() }) : null
  const reviewing = Boolean(review?.isDue) && new URL(request.url).searchParams.get('mode') === 'review'
  // The explanation leaves the server only after an answer, and not while the question is being reviewed.
  const answered = last && !reviewing ? { correct: last.correct, response: last.response, explanation: (await renderMarkdown(problem.content.question.explanation)).html } : null
  const next = getNextTrackItem({ slug: problem.slug, audience: audienceOf(user) })
  return json({
    problem: { slug: problem.slug, title: problem.title, difficulty: problem.difficulty, tags: problem.tags, statementHtml: problem.statementHtml },
    question: publicQuestion(problem.content.question),
    signedIn: Boolean(user),
    answered,
    reviewing,
    next: next ? { href: problemHref(next.slug, next.kind), title: next.title } : null,
  })
}

function readResponse(formData: FormData, type: string): QuizResponse {
  if (type === 'multiple') return formData.getAll('answer').map(String)
  return String(formData.get('answer') ?? '')
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const problem = getPracticeProblem({ slug: params.slug!, kind: 'quiz', audience: audienceOf(user) })
  if (!problem) throw new Response('There is no concept check with that name.', { status: 404 })
  const response = readResponse(await request.formData(), problem.content.question.type)
  const grade = answerQuiz({ userId: user.id, problem, response, now: Date.now() })
  if (!grade.valid) return json({ message: grade.message, correct: null }, { status: 400 })
  return json({ message: grade.message, correct: grade.correct })
}

export default function QuizPage() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { question } = data
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Concept check · <span className="capitalize">{data.problem.difficulty}</span> · {data.problem.tags.join(', ')}
        </p>
        <h1 className="page-title mt-1">{data.problem.title}</h1>
      </header>
      <div className="statement prose-sm" dangerouslySetInnerHTML={{ __html: data.problem.statementHtml }} />
      <Form method="post" className="card space-y-3">
        {question.type === 'numeric' ? (
          <div>
            <label htmlFor="answer" className="label">
              Your answer (in {question.unit}; you may type another unit of the same kind)
            </label>
            <input id="answer" name="answer" className="input w-64" autoComplete="off" required />
          </div>
        ) : (
          <fieldset className="space-y-2">
            <legend className="font-medium">{question.type === 'single' ? 'Choose one.' : 'Choose every answer that applies.'}</legend>
            {question.options.map((o) => (
              <label key={o.id} className="flex items-start gap-2">
                <input type={question.type === 'single' ? 'radio' : 'checkbox'} name="answer" value={o.id} className="mt-1" />
                <span>{o.text}</span>
              </label>
            ))}
          </fieldset>
        )}
        {actionData?.message ? (
          <p role={actionData.correct === null ? 'alert' : 'status'} data-testid="quiz-result" className={actionData.correct ? 'font-semibold text-emerald-700 dark:text-emerald-400' : 'font-semibold text-red-700 dark:text-red-400'}>
            {actionData.correct === true ? 'Right. ' : actionData.correct === false ? 'Not quite. ' : ''}
            {actionData.message}
          </p>
        ) : null}
        {data.signedIn ? (
          <button type="submit" className="btn-primary" disabled={navigation.state !== 'idle'}>
            {data.answered ? 'Answer again' : 'Check my answer'}
          </button>
        ) : (
          <p className="text-sm">
            <Link to={`/signup?redirectTo=/quiz/${data.problem.slug}`} className="link">
              Sign up
            </Link>{' '}
            to answer; a missed question comes back in your review queue.
          </p>
        )}
      </Form>
      {data.answered ? (
        <section aria-labelledby="explanation-heading" className="card space-y-2" data-testid="explanation">
          <h2 id="explanation-heading" className="font-semibold">
            Explanation
          </h2>
          <div className="statement prose-sm" dangerouslySetInnerHTML={{ __html: data.answered.explanation }} />
        </section>
      ) : null}
      {data.next ? (
        <p>
          <Link to={data.next.href} className="link">
            Next: {data.next.title} →
          </Link>
        </p>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
