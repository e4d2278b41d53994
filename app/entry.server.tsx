import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { NonceProvider } from '~/utils/nonce'
import { type RequestContext } from '~/utils/request-context'

export { services } from '~/utils/services.server'
export { isCrossOriginWrite } from '~/utils/origin.server'

const ABORT_DELAY = 5_000

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: RequestContext,
) {
  const matches = remixContext.staticHandlerContext.matches
  if (loadContext) loadContext.routeId = matches[matches.length - 1]?.route.id
  const callbackName = isbot(request.headers.get('user-agent') ?? '') ? 'onAllReady' : 'onShellReady'

  return new Promise((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={loadContext?.cspNonce ?? ''}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={loadContext?.cspNonce} />
      </NonceProvider>,
      {
        nonce: loadContext?.cspNonce,
        [callbackName]() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) console.error(error)
        },
      },
    )
    setTimeout(abort, ABORT_DELAY)
  })
}

export function handleDataRequest(
  response: Response,
  { request, context }: { request: Request; context: RequestContext },
) {
  const routeId = new URL(request.url).searchParams.get('_data')
  if (context && routeId) context.routeId = routeId
  return response
}
