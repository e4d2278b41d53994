/**
 * Web Worker entry for running a simulation in the browser ("Run" and "Replay with this seed" on
 * /sim/<slug>). Bundled by scripts/build-judge-worker.mjs into public/judge/sim-worker-[hash].js; the
 * page talks to it through run-in-browser.ts.
 */
import { type BrowserSimRequest } from './protocol'
import { createBrowserSimRunner } from './runner'

const scope = self as unknown as DedicatedWorkerGlobalScope

const handle = createBrowserSimRunner(async (url) => {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`Could not load the sandbox (${response.status} ${url}).`)
  return WebAssembly.compile(await response.arrayBuffer())
})

scope.onmessage = (event: MessageEvent<BrowserSimRequest>) => {
  void handle(event.data, (reply) => scope.postMessage(reply))
}
