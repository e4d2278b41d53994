// `npm run bench:http`: autocannon against the production build; prints req/s and latency per page.
import autocannon from 'autocannon'
import { startTestServer } from '../tests/support/server'

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)

async function signUp(url: string) {
  const res = await fetch(`${url}/signup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: 'bench@example.com',
      displayName: 'Bench',
      password: 'benchmark password',
      confirmPassword: 'benchmark password',
    }),
  })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (res.status !== 302 || !cookie) throw new Error(`sign-up failed with ${res.status}`)
  return cookie
}

async function measure(name: string, url: string, headers: Record<string, string> = {}, connections = CONNECTIONS) {
  const result = await autocannon({ url, connections, duration: DURATION_S, headers })
  const non2xx = result.non2xx + result.errors
  console.log(
    `${name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   (${result.requests.total} requests, ${non2xx} not 2xx)`,
  )
}

const server = await startTestServer({ LOG_LEVEL: 'warn', RATE_LIMIT_LOGIN_PER_MINUTE: '100000' })
try {
  const cookie = await signUp(server.url)
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per page, production build, node ${process.version}`)
  await measure('GET / (anonymous)', `${server.url}/`)
  await measure('GET /account (logged in)', `${server.url}/account`, { Cookie: cookie })
  await measure('GET /problems/two-sum', `${server.url}/problems/two-sum`, { Cookie: cookie })
  // One request at a time: the workspace's server render time itself (target p50 ≤ 30 ms), without queueing.
  await measure('workspace, 1 connection', `${server.url}/problems/two-sum`, { Cookie: cookie }, 1)
  await measure('workspace, anonymous, 1 conn', `${server.url}/problems/two-sum`, {}, 1)
  await measure('GET /progress, 1 connection', `${server.url}/progress`, { Cookie: cookie }, 1)
  await measure('GET /healthz', `${server.url}/healthz`)
} finally {
  await server.stop()
}
