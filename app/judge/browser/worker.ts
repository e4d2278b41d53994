/**
 * Web Worker entry for "Run": judges the visible tests in the browser. Bundled by
 * scripts/build-judge-worker.mjs into public/judge/worker-[hash].js; the page talks to it through
 * run-in-browser.ts.
 */
import { type BrowserJudgeRequest } from './protocol'
import { createBrowserRunner } from './runner'

const scope = self as unknown as DedicatedWorkerGlobalScope

const handle = createBrowserRunner(async (url) => {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`Could not load the sandbox (${response.status} ${url}).`)
  return WebAssembly.compile(await response.arrayBuffer())
})

scope.onmessage = (event: MessageEvent<BrowserJudgeRequest>) => {
  void handle(event.data, (reply) => scope.postMessage(reply))
}
