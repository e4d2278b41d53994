import { z } from 'zod'

// Shared by the client (Conform validation) and the server (actions): one schema per form.
export const emailField = z
  .string({ required_error: 'Enter your email address.' })
  .trim()
  .max(254, 'That email address is too long.')
  .email('Enter a valid email address, like ada@example.com.')

export const newPasswordField = z
  .string({ required_error: 'Choose a password.' })
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.')

export const SignupSchema = z
  .object({
    email: emailField,
    displayName: z
      .string({ required_error: 'Tell us what to call you.' })
      .trim()
      .min(1, 'Tell us what to call you.')
      .max(60, 'Keep it under 60 characters.'),
    password: newPasswordField,
    confirmPassword: z.string({ required_error: 'Repeat the password.' }),
    inviteCode: z.string().trim().max(64).optional(),
    redirectTo: z.string().optional(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  })

export const LoginSchema = z.object({
  email: emailField,
  password: z.string({ required_error: 'Enter your password.' }).max(200),
  redirectTo: z.string().optional(),
})

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: 'Enter your current password.' }).max(200),
    newPassword: newPasswordField,
    confirmPassword: z.string({ required_error: 'Repeat the new password.' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  })

export const RoleChangeSchema = z.object({
  intent: z.literal('set-role'),
  userId: z.coerce.number({ invalid_type_error: 'Unknown user.' }).int().positive(),
  role: z.enum(['candidate', 'mentor', 'admin'], {
    errorMap: () => ({ message: 'Choose candidate, mentor or admin.' }),
  }),
})

const languageField = z.enum(['typescript', 'javascript'], { errorMap: () => ({ message: 'Choose TypeScript or JavaScript.' }) })
const codeField = z.string({ required_error: 'Write some code first.' }).max(64 * 1024, 'Code is limited to 64 KB.')

/** Every action of the problem workspace, told apart by `intent` (a plain Submit has none). */
export const WorkspaceActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('submit'), language: languageField, code: codeField, mode: z.enum(['practice', 'review']).default('practice') }),
  z.object({ intent: z.literal('save-draft'), language: languageField, code: codeField }),
  z.object({ intent: z.literal('reset') }),
  z.object({ intent: z.literal('reveal-hint') }),
  z.object({ intent: z.literal('give-up') }),
])

export const PostingSchema = z.object({
  intent: z.literal('posting'),
  posting: z
    .string({ required_error: 'Paste the job posting first.' })
    .trim()
    .min(40, 'That is too short to be a job posting; paste the whole text.')
    .max(20_000, 'Postings are limited to 20 000 characters.'),
})

export const RolePlanSchema = z.object({
  intent: z.literal('role'),
  role: z.enum(['backend', 'cloud-infra', 'sre'], { errorMap: () => ({ message: 'Choose one of the roles.' }) }),
})

export const ReviewRatingSchema = z.object({
  slug: z.string({ required_error: 'Which problem?' }).regex(/^[a-z0-9-]+$/, 'Unknown problem.'),
  rating: z.enum(['again', 'hard', 'good', 'easy'], { errorMap: () => ({ message: 'Choose how well you recalled it.' }) }),
  submissionId: z.coerce.number().int().positive().optional(),
})

export const CreateGroupSchema = z.object({
  intent: z.literal('create-group'),
  name: z.string({ required_error: 'Name the group.' }).trim().min(2, 'Use at least 2 characters.').max(80, 'Keep it under 80 characters.'),
  description: z.string().trim().max(500, 'Keep it under 500 characters.').default(''),
})

export const GroupActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('invite'),
    role: z.enum(['member', 'mentor'], { errorMap: () => ({ message: 'Choose member or mentor.' }) }),
    days: z.coerce.number({ invalid_type_error: 'Give the number of days.' }).int('Use whole days.').min(1, 'At least 1 day.').max(90, 'At most 90 days.'),
  }),
  z.object({ intent: z.literal('revoke'), code: z.string().min(1) }),
  z.object({
    intent: z.literal('assign'),
    target: z.enum(['problem', 'module', 'track'], { errorMap: () => ({ message: 'Choose a problem, a module or a track.' }) }),
    ref: z.string({ required_error: 'Say what to assign.' }).trim().min(1, 'Say what to assign.').max(200),
    due: z.string({ required_error: 'Give a due date.' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-24.'),
  }),
  z.object({ intent: z.literal('unassign'), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal('set-role'), userId: z.coerce.number().int().positive(), role: z.enum(['member', 'mentor']) }),
  z.object({ intent: z.literal('leave') }),
])
