import { type SimRequest, type SimResult } from '../types'

/** The parts of public/judge/manifest.json the simulator uses: its worker bundle and the QuickJS wasm. */
export interface BrowserSimManifest {
  sim: string
  wasm: string
}

/** Page → worker. */
export interface BrowserSimRequest {
  id: number
  request: SimRequest
  wasmUrl: string
}

/** Worker → page: the run's result, or why it could not run. */
export type BrowserSimReply =
  | { type: 'result'; id: number; result: SimResult; poisoned: boolean }
  | { type: 'error'; id: number; message: string; poisoned: boolean }
