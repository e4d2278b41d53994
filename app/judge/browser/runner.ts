import { createJudgeEngine, type JudgeEngine } from '../engine'
import { type BrowserJudgeReply, type BrowserJudgeRequest } from './protocol'

/**
 * The browser worker's logic without the worker globals, so Node tests run the very code path the
 * browser runs: the same engine, harness and QuickJS build as the server.
 */
export function createBrowserRunner(loadWasm: (url: string) => Promise<WebAssembly.Module>) {
  let engine: Promise<JudgeEngine> | undefined
  return async function handle(
    message: BrowserJudgeRequest,
    post: (reply: BrowserJudgeReply) => void,
  ): Promise<void> {
    const { id, request, wasmUrl } = message
    let current: JudgeEngine | undefined
    try {
      engine ??= loadWasm(wasmUrl).then((wasmModule) => createJudgeEngine({ wasmModule }))
      current = await engine
      const result = current.judge(request, {
        onTestEnd: (index, test) => post({ type: 'test', id, index, test }),
      })
      post({ type: 'result', id, result, poisoned: current.health().poisoned })
      current.warm()
    } catch (error) {
      engine = undefined
      post({
        type: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
        poisoned: current?.health().poisoned ?? true,
      })
    }
  }
}
