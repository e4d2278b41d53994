// What the in-browser judge and simulator share: the page side of a Web Worker built by
// scripts/build-judge-worker.mjs and named in public/judge/manifest.json.

/** Page → worker. */
export interface WorkerRequest<Request> {
  id: number
  request: Request
  wasmUrl: string
}

/** Worker → page, last message of a run: its result, or why it could not run. */
export type WorkerOutcome<Result> =
  | { type: 'result'; id: number; result: Result; poisoned: boolean }
  | { type: 'error'; id: number; message: string; poisoned: boolean }

/** One kind of worker: the manifest entries it needs and how it is named in sentences. */
export interface WorkerKind<Manifest> {
  /** "judge" → "The in-browser judge is not built (404 …)." */
  name: string
  /** Types the manifest, throwing a sentence when it lacks this worker's entries. */
  read(manifest: Partial<Manifest>): Manifest
  /** The worker bundle's path in the manifest. */
  bundle(manifest: Manifest): string
}

export interface WorkerRun<Request, Result, Progress> {
  request: Request
  /** Where the build wrote the manifest (default `/judge/manifest.json`). */
  manifestUrl: string | undefined
  /** Past this wall-clock limit the worker is terminated (how native loops are stopped in a browser). */
  timeoutMs: number
  /** The result of a run stopped at its limit, `elapsedMs` after it started. */
  stopped(elapsedMs: number): Result
  /** Messages the worker sends before its outcome. */
  onProgress?(message: Progress): void
}

/**
 * Runs requests in one Web Worker of a kind, started on first use and kept between runs; a worker
 * that overran its limit, failed or reported a poisoned sandbox is terminated and the next run starts
 * a fresh one.
 */
export function createWorkerRunner<
  Manifest extends { wasm: string },
  Request,
  Result,
  Progress extends { type: string; id: number } = never,
>(kind: WorkerKind<Manifest>) {
  let manifest: Promise<Manifest> | undefined
  let worker: Worker | undefined
  let nextId = 1

  return async function run(job: WorkerRun<Request, Result, Progress>): Promise<Result> {
    const manifestUrl = new URL(job.manifestUrl ?? '/judge/manifest.json', location.href)
    manifest ??= fetch(manifestUrl).then(async (response) => {
      if (!response.ok)
        throw new Error(
          `The in-browser ${kind.name} is not built (${response.status} ${manifestUrl.href}).`,
        )
      return kind.read((await response.json()) as Partial<Manifest>)
    })
    let files: Manifest
    try {
      files = await manifest
    } catch (error) {
      manifest = undefined
      throw error
    }

    const active = (worker ??= new Worker(new URL(kind.bundle(files), manifestUrl), {
      type: 'module',
    }))
    const id = nextId++
    const started = performance.now()
    return new Promise<Result>((resolve, reject) => {
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
        resolve(job.stopped(performance.now() - started))
      }, job.timeoutMs)
      const onError = (event: ErrorEvent) => {
        stop()
        discard()
        reject(new Error(`The in-browser ${kind.name} failed: ${event.message}`))
      }
      const onMessage = (event: MessageEvent<WorkerOutcome<Result> | Progress>) => {
        const reply = event.data
        if (reply.id !== id) return
        if (!isOutcome<Result>(reply)) {
          job.onProgress?.(reply)
          return
        }
        stop()
        if (reply.poisoned) discard()
        if (reply.type === 'result') resolve(reply.result)
        else reject(new Error(reply.message))
      }
      active.addEventListener('message', onMessage)
      active.addEventListener('error', onError)
      const message: WorkerRequest<Request> = {
        id,
        request: job.request,
        wasmUrl: new URL(files.wasm, manifestUrl).href,
      }
      active.postMessage(message)
    })
  }
}

function isOutcome<Result>(reply: { type: string }): reply is WorkerOutcome<Result> {
  return reply.type === 'result' || reply.type === 'error'
}
