import { type AppLoadContext } from '@remix-run/node'

export function context(ip = '203.0.113.7'): AppLoadContext {
  return { ip, requestId: 'test', cspNonce: 'test' }
}

/** A same-origin form POST, as a browser would send it. */
export function formRequest(pathname: string, fields: Record<string, string>, cookie?: string) {
  const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' })
  if (cookie) headers.set('Cookie', cookie)
  return new Request(`http://localhost${pathname}`, { method: 'POST', headers, body: new URLSearchParams(fields) })
}

export function getRequest(pathname: string, cookie?: string) {
  return new Request(`http://localhost${pathname}`, { headers: cookie ? { Cookie: cookie } : {} })
}

/** The `name=value` part of a Set-Cookie header, to send back as Cookie. */
export function cookieFrom(response: Response) {
  const header = response.headers.get('Set-Cookie')
  if (!header) throw new Error('response set no cookie')
  return header.split(';')[0]
}

/** Runs a loader/action and returns the Response, whether it was returned or thrown. */
export async function settle(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run()
    if (result instanceof Response) return result
    throw new Error(`expected a Response, got ${JSON.stringify(result)}`)
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}
