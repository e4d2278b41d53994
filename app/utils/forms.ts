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
