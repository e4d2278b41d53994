import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { getEnv } from './env.server'

type Limiter = RateLimiterMemory

let limiters: { loginByIp: Limiter; loginByAccount: Limiter; signupByIp: Limiter } | undefined

function getLimiters() {
  limiters ??= {
    loginByIp: new RateLimiterMemory({
      keyPrefix: 'login_ip',
      points: getEnv().RATE_LIMIT_LOGIN_PER_MINUTE,
      duration: 60,
    }),
    // Failed attempts against one account, from anywhere: slows password guessing across IPs.
    loginByAccount: new RateLimiterMemory({ keyPrefix: 'login_acct', points: 10, duration: 15 * 60 }),
    signupByIp: new RateLimiterMemory({
      keyPrefix: 'signup_ip',
      points: getEnv().RATE_LIMIT_LOGIN_PER_MINUTE,
      duration: 60,
    }),
  }
  return limiters
}

/** Thrown by the helpers below; routes turn it into a 429 with Retry-After. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`)
  }
}

async function consume(limiter: Limiter, key: string) {
  try {
    await limiter.consume(key)
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
    }
    throw error
  }
}

async function ensureNotBlocked(limiter: Limiter, key: string) {
  const res = await limiter.get(key)
  if (res && res.remainingPoints <= 0) {
    throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)))
  }
}

/** Counts a login attempt from this IP and refuses when the IP or the account is over its limit. */
export async function limitLoginAttempt({ ip, email }: { ip: string; email: string }) {
  const { loginByIp, loginByAccount } = getLimiters()
  await consume(loginByIp, ip)
  await ensureNotBlocked(loginByAccount, email)
}

/** Records a failed password for an account. */
export async function recordFailedLogin({ email }: { email: string }) {
  await getLimiters().loginByAccount.penalty(email, 1)
}

export async function clearFailedLogins({ email }: { email: string }) {
  await getLimiters().loginByAccount.delete(email)
}

export async function limitSignupAttempt({ ip }: { ip: string }) {
  await consume(getLimiters().signupByIp, ip)
}

export function resetRateLimitsForTests() {
  limiters = undefined
}
