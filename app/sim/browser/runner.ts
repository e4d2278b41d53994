import { createSimulator, type Simulator } from '../simulation'
import { type BrowserSimReply, type BrowserSimRequest } from './protocol'

/**
 * The browser worker's logic without the worker globals, so Node tests run the very code path the
 * browser runs: the same simulator and QuickJS build as the server's judge workers.
 */
export function createBrowserSimRunner(loadWasm: (url: string) => Promise<WebAssembly.Module>) {
  let simulator: Promise<Simulator> | undefined
  return async function handle(
    message: BrowserSimRequest,
    post: (reply: BrowserSimReply) => void,
  ): Promise<void> {
    const { id, request, wasmUrl } = message
    let current: Simulator | undefined
    try {
      simulator ??= loadWasm(wasmUrl).then((wasmModule) => createSimulator({ wasmModule }))
      current = await simulator
      const result = current.run(request)
      const poisoned = current.health().poisoned
      if (poisoned) simulator = undefined
      post({ type: 'result', id, result, poisoned })
    } catch (error) {
      simulator = undefined
      post({
        type: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
        poisoned: current?.health().poisoned ?? true,
      })
    }
  }
}
