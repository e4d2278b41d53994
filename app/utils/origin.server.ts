const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True when a state-changing request comes from another origin. Browsers send `Origin` on every
 * non-GET fetch/form post and `Sec-Fetch-Site` on modern engines; clients without either (curl, the
 * CLI) cannot carry a victim's cookies, so they pass.
 */
export function isCrossOriginWrite({
  method,
  origin,
  secFetchSite,
  host,
}: {
  method: string
  origin: string | undefined
  secFetchSite: string | undefined
  host: string | undefined
}) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false
  if (origin !== undefined) {
    // Under a no-referrer policy a browser's own form post carries `Origin: null`; its Sec-Fetch-Site still tells the truth.
    if (origin === 'null') return secFetchSite !== 'same-origin'
    try {
      return new URL(origin).host !== host
    } catch {
      return true
    }
  }
  return secFetchSite === 'cross-site' || secFetchSite === 'same-site'
}
