/** A tiny cookie-keeping client for driving the real server over HTTP in tests and benchmarks. */
export async function signUpOverHttp(baseUrl: string, email: string, password = 'a long enough password') {
  const res = await fetch(`${baseUrl}/signup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, displayName: email.split('@')[0], password, confirmPassword: password }),
  })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (res.status !== 302 || !cookie) throw new Error(`sign-up of ${email} failed with ${res.status}: ${await res.text()}`)
  return cookie
}

/** Posts code to a problem; returns the submission id on acknowledgement (the 302), or the refusal. */
export async function submitOverHttp(baseUrl: string, cookie: string, slug: string, code: string, language = 'typescript') {
  const res = await fetch(`${baseUrl}/problems/${slug}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseUrl, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ intent: 'submit', code, language }),
  })
  const location = res.headers.get('location')
  const id = res.status === 302 && location ? Number(location.split('/').pop()) : undefined
  return { status: res.status, id, retryAfter: res.headers.get('retry-after') }
}
