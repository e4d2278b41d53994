import { parseWithZod } from '@conform-to/zod'
import { json, redirect } from '@remix-run/node'
import { type PublicUser } from '~/models/users.server'
import { deleteDraft, recordGiveUp, revealNextHint, saveDraft } from '~/models/workspace.server'
import { WorkspaceActionSchema } from './forms'
import { JudgeBusyError, submitForJudging } from './judging.server'

/**
 * Every action of an editor page (code problems and simulator challenges alike): submit, autosave,
 * reset, reveal a hint, give up. With `inline=1` a submit answers with the submission id (the page shows
 * the verdict in place); a plain form is redirected to the submission page.
 */
export async function performWorkspaceAction({
  request,
  user,
  problem,
}: {
  request: Request
  user: PublicUser
  problem: { id: number; slug: string; hintCount: number }
}) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: WorkspaceActionSchema })
  if (submission.status !== 'success') return json({ result: submission.reply() }, { status: 400 })
  const value = submission.value
  const now = Date.now()
  switch (value.intent) {
    case 'submit': {
      try {
        const created = submitForJudging({ userId: user.id, slug: problem.slug, code: value.code, language: value.language, mode: value.mode })
        if (!created) throw new Response('There is no problem with that name.', { status: 404 })
        if (value.mode === 'practice') saveDraft({ userId: user.id, problemId: problem.id, code: value.code, language: value.language, now })
        if (formData.get('inline') === '1') return json({ result: submission.reply(), submissionId: created.id })
        return redirect(`/submissions/${created.id}`)
      } catch (error) {
        if (!(error instanceof JudgeBusyError)) throw error
        return json({ result: submission.reply({ formErrors: [error.message] }) }, { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } })
      }
    }
    case 'save-draft':
      saveDraft({ userId: user.id, problemId: problem.id, code: value.code, language: value.language, now })
      return json({ result: submission.reply(), savedAt: now })
    case 'reset':
      deleteDraft({ userId: user.id, problemId: problem.id })
      return json({ result: submission.reply({ resetForm: true }), reset: true })
    case 'reveal-hint':
      revealNextHint({ userId: user.id, problemId: problem.id, available: problem.hintCount, now })
      return json({ result: submission.reply() })
    case 'give-up':
      recordGiveUp({ userId: user.id, problemId: problem.id, now })
      return json({ result: submission.reply() })
  }
}
