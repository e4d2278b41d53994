import { type JudgeRequest, type JudgeResult, type TestResult } from '../types'

/** What public/judge/manifest.json holds: content-hashed URLs of the worker bundle and the QuickJS wasm. */
export interface BrowserJudgeManifest {
  worker: string
  wasm: string
}

/** Page → worker. */
export interface BrowserJudgeRequest {
  id: number
  request: JudgeRequest
  wasmUrl: string
}

/** Worker → page: each finished test as it completes, then the whole result (or an error). */
export type BrowserJudgeReply =
  | { type: 'test'; id: number; index: number; test: TestResult }
  | { type: 'result'; id: number; result: JudgeResult; poisoned: boolean }
  | { type: 'error'; id: number; message: string; poisoned: boolean }
