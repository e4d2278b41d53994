import { json } from '@remix-run/node'
import { type SubmissionResult } from '@conform-to/react'
import { RateLimitedError } from './rate-limit.server'

/** Runs a rate-limit check; over the limit, answers 429 with Retry-After and the sentence as a form error. */
export async function rateLimitOr429(
  check: () => Promise<void>,
  reply: (options: { formErrors: string[] }) => SubmissionResult<string[]>,
) {
  try {
    await check()
    return null
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error
    return json(reply({ formErrors: [error.message] }), {
      status: 429,
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    })
  }
}
