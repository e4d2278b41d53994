import { parseWithZod } from '@conform-to/zod'
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormError } from '~/components/forms'
import { harnesses, problemKinds } from '~/content/schema'
import { AuthoringError, createAuthoredProblem } from '~/models/authoring.server'
import { listMentoredGroups } from '~/models/groups.server'
import { requireRole } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'New problem — Drill' }]

const kindNames: Record<(typeof problemKinds)[number], string> = {
  code: 'Code (function or class, with tests)',
  incident: 'Incident (DRI scenario)',
  design: 'Design prompt',
  quiz: 'Concept check (quiz)',
  sim: 'Simulation (distributed node program)',
}

const slugField = z
  .string({ required_error: 'Choose a slug.' })
  .trim()
  .max(60, 'Keep it under 60 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase words joined by -, like "two-sum".')

const NewProblemSchema = z.object({
  kind: z.enum(problemKinds, { errorMap: () => ({ message: 'Choose what kind of problem it is.' }) }),
  harness: z.enum(harnesses, { errorMap: () => ({ message: 'Choose function or class.' }) }).default('function'),
  slug: slugField,
  title: z.string({ required_error: 'Give it a title.' }).trim().min(1, 'Give it a title.').max(120, 'Keep the title under 120 characters.'),
  area: z
    .string()
    .trim()
    .max(40, 'Keep it under 40 characters.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase words joined by -, like "algorithms".')
    .refine((area) => area !== 'tracks', 'The folder format keeps "tracks" for track files; choose another area.')
    .default('authored'),
  visibility: z
    .string()
    .regex(/^(public|group-\d+)$/, 'Choose who will see the problem.')
    .default('public'),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  return json({ groups: listMentoredGroups({ userId: user.id }) })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'mentor')
  const submission = parseWithZod(await request.formData(), { schema: NewProblemSchema })
  if (submission.status !== 'success') return json(submission.reply(), { status: 400 })
  try {
    const { visibility, ...value } = submission.value
    const groupId = visibility === 'public' ? null : Number(visibility.slice('group-'.length))
    const created = createAuthoredProblem({ author: user, ...value, groupId })
    return redirect(`/author/${created.slug}`)
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error
    const field = error.message.startsWith('Choose a group') ? 'visibility' : 'slug'
    return json(submission.reply({ fieldErrors: { [field]: [error.message] } }), { status: 400 })
  }
}

export default function NewProblem() {
  const { groups } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors = result?.error ?? {}
  const field = (name: string) => ({
    id: name,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${name}-error`,
    className: 'input',
  })
  const fieldError = (name: string) => (
    <p id={`${name}-error`} className="field-error" role={errors[name] ? 'alert' : undefined}>
      {errors[name]?.join(' ')}
    </p>
  )
  return (
    <div className="max-w-xl space-y-6">
      <p className="text-sm">
        <Link to="/author" className="link">
          ← Your problems
        </Link>
      </p>
      <h1 className="page-title">New problem</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The draft starts from a template of its kind with every placeholder marked <code>TODO(author)</code>; validation
        points at each one until it is replaced. Nobody else sees the draft until you publish it.
      </p>
      <FormError errors={errors[''] ?? undefined} />
      <Form method="post" className="card space-y-4">
        <div>
          <label htmlFor="kind" className="label">
            Kind
          </label>
          <select {...field('kind')} defaultValue="code">
            {problemKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindNames[kind]}
              </option>
            ))}
          </select>
          {fieldError('kind')}
        </div>
        <div>
          <label htmlFor="harness" className="label">
            Harness (code problems)
          </label>
          <select {...field('harness')} defaultValue="function">
            <option value="function">function: the tests call one function</option>
            <option value="class">class: the tests run a sequence of operations</option>
          </select>
          {fieldError('harness')}
        </div>
        <div>
          <label htmlFor="slug" className="label">
            Slug
          </label>
          <input {...field('slug')} required autoComplete="off" placeholder="largest-value" />
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Lowercase words joined by -; it is the problem’s address and cannot change.</p>
          {fieldError('slug')}
        </div>
        <div>
          <label htmlFor="title" className="label">
            Title
          </label>
          <input {...field('title')} required autoComplete="off" />
          {fieldError('title')}
        </div>
        <div>
          <label htmlFor="area" className="label">
            Area
          </label>
          <input {...field('area')} defaultValue="authored" autoComplete="off" />
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The grouping folder, like <code>algorithms</code> in <code>problems/algorithms/two-sum</code>.</p>
          {fieldError('area')}
        </div>
        <div>
          <label htmlFor="visibility" className="label">
            Who sees it once published
          </label>
          <select {...field('visibility')} defaultValue="public">
            <option value="public">Everyone on this Drill</option>
            {groups.map((g) => (
              <option key={g.id} value={`group-${g.id}`}>
                Only the group “{g.name}”
              </option>
            ))}
          </select>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">A problem private to a group is seen, solved and assigned only in that group; you can change this later.</p>
          {fieldError('visibility')}
        </div>
        <button type="submit" className="btn-primary" disabled={navigation.state === 'submitting'}>
          Create the draft
        </button>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
