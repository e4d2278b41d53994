import { DEFAULT_LIMITS } from '../config'
import { interruptedSimResult } from '../results'
import { type SimRequest, type SimResult } from '../types'
import { type BrowserSimManifest, type BrowserSimReply, type BrowserSimRequest } from './protocol'

export interface BrowserSimOptions {
  /** Where the build wrote the manifest (default `/judge/manifest.json`). */
  manifestUrl?: string
  /** Wall-clock limit for the run; default: the run's own limit plus 1.5 s to start the sandbox. */
  timeoutMs?: number
}

const STARTUP_MS = 1500

let manifest: Promise<BrowserSimManifest> | undefined
let worker: Worker | undefined
let nextId = 1

/**
 * Runs one simulation in a Web Worker (the same simulator and QuickJS wasm as the server, served from
 * our origin) and resolves with its result. A run past its wall-clock deadline terminates the worker,
 * which is how native loops that never reach the interrupt handler are stopped in the browser.
 */
export async function simulateInBrowser(
  request: SimRequest,
  options: BrowserSimOptions = {},
): Promise<SimResult> {
  const manifestUrl = new URL(options.manifestUrl ?? '/judge/manifest.json', location.href)
  manifest ??= fetch(manifestUrl).then(async (response) => {
    if (!response.ok)
      throw new Error(
        `The in-browser simulator is not built (${response.status} ${manifestUrl.href}).`,
      )
    const files = (await response.json()) as Partial<BrowserSimManifest>
    if (!files.sim || !files.wasm)
      throw new Error(
        'The in-browser simulator is not built: the judge manifest names no sim worker.',
      )
    return files as BrowserSimManifest
  })
  let files: BrowserSimManifest
  try {
    files = await manifest
  } catch (error) {
    manifest = undefined
    throw error
  }
  const workloadLimits = (request.workload as { limits?: { wallMs?: number } }).limits
  const wallMs = request.limits?.wallMs ?? workloadLimits?.wallMs ?? DEFAULT_LIMITS.wallMs
  const timeoutMs = options.timeoutMs ?? wallMs + STARTUP_MS

  const active = (worker ??= new Worker(new URL(files.sim, manifestUrl), { type: 'module' }))
  const id = nextId++
  const started = performance.now()
  return new Promise<SimResult>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer)
      active.removeEventListener('message', onMessage)
      active.removeEventListener('error', onError)
    }
    const discard = () => {
      active.terminate()
      if (worker === active) worker = undefined
    }
    const timer = setTimeout(() => {
      stop()
      discard()
      resolve(
        interruptedSimResult({
          request,
          workload: request.workload.workload,
          why: 'timeout',
          wallMs: performance.now() - started,
          limitMs: wallMs,
          where: 'browser',
        }),
      )
    }, timeoutMs)
    const onError = (event: ErrorEvent) => {
      stop()
      discard()
      reject(new Error(`The in-browser simulator failed: ${event.message}`))
    }
    const onMessage = (event: MessageEvent<BrowserSimReply>) => {
      const reply = event.data
      if (reply.id !== id) return
      stop()
      if (reply.poisoned) discard()
      if (reply.type === 'result') resolve(reply.result)
      else reject(new Error(reply.message))
    }
    active.addEventListener('message', onMessage)
    active.addEventListener('error', onError)
    const message: BrowserSimRequest = {
      id,
      request,
      wasmUrl: new URL(files.wasm, manifestUrl).href,
    }
    active.postMessage(message)
  })
}
