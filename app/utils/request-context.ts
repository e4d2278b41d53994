/** What server.ts passes to every loader and action as `context`. */
export interface RequestContext {
  requestId: string
  ip: string
  /** Per-request CSP nonce for Remix's inline scripts. */
  cspNonce: string
  /** Filled in while rendering, for the request-duration metric's route label. */
  routeId?: string
}

declare module '@remix-run/node' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends RequestContext {}
}
