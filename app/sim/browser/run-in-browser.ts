import { createWorkerRunner } from '~/judge/browser/worker-runner'
import { DEFAULT_LIMITS } from '../config'
import { interruptedSimResult } from '../results'
import { type SimRequest, type SimResult } from '../types'
import { type BrowserSimManifest } from './protocol'

export interface BrowserSimOptions {
  /** Where the build wrote the manifest (default `/judge/manifest.json`). */
  manifestUrl?: string
  /** Wall-clock limit for the run; default: the run's own limit plus 1.5 s to start the sandbox. */
  timeoutMs?: number
}

const STARTUP_MS = 1500

const runInWorker = createWorkerRunner<BrowserSimManifest, SimRequest, SimResult>({
  name: 'simulator',
  read: (files) => {
    if (!files.sim || !files.wasm)
      throw new Error(
        'The in-browser simulator is not built: the judge manifest names no sim worker.',
      )
    return files as BrowserSimManifest
  },
  bundle: (files) => files.sim,
})

/**
 * Runs one simulation in a Web Worker (the same simulator and QuickJS wasm as the server, served from
 * our origin) and resolves with its result. A run past its wall-clock deadline terminates the worker,
 * which is how native loops that never reach the interrupt handler are stopped in the browser.
 */
export async function simulateInBrowser(
  request: SimRequest,
  options: BrowserSimOptions = {},
): Promise<SimResult> {
  const workloadLimits = (request.workload as { limits?: { wallMs?: number } }).limits
  const wallMs = request.limits?.wallMs ?? workloadLimits?.wallMs ?? DEFAULT_LIMITS.wallMs
  return runInWorker({
    request,
    manifestUrl: options.manifestUrl,
    timeoutMs: options.timeoutMs ?? wallMs + STARTUP_MS,
    stopped: (elapsedMs) =>
      interruptedSimResult({
        request,
        workload: request.workload.workload,
        why: 'timeout',
        wallMs: elapsedMs,
        limitMs: wallMs,
        where: 'browser',
      }),
  })
}
