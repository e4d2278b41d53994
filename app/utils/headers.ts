import { type HeadersFunction } from '@remix-run/node'

/**
 * A document response only carries the headers a route's `headers` export returns; without this, the
 * Retry-After of a 429 from an action would be dropped when the form was posted without JavaScript.
 */
export const forwardRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}
