import { type SourcePosition } from './types'

// Defaults and errors shared by the engine, the pool and the browser runner. This module loads no
// QuickJS code, so the main thread can import it without paying for the sandbox.

const MiB = 1024 * 1024

/** The judge's limits when the request and options say nothing. */
export const ENGINE_DEFAULTS = {
  maxMemoryBytes: 256 * MiB,
  runtimeMemoryBytes: 128 * MiB,
  /** ≈ 5 000 plain recursive calls; larger stacks let native recursion overflow V8's own stack first. */
  stackBytes: 1 * MiB,
  outputChars: 64_000,
  testTimeMs: 2_000,
  totalTimeMs: 10_000,
  generatorTimeMs: 5_000,
  seed: 0x5eed,
  fixedNow: Date.UTC(2024, 0, 1),
}

/** The problem definition handed to the judge is malformed (a content or caller bug, not the candidate's). */
export class JudgeSetupError extends Error {
  override name = 'JudgeSetupError'
}

/** A test generator failed; the message is a sentence for the content author. */
export class GeneratorError extends Error {
  override name = 'GeneratorError'
  constructor(
    message: string,
    readonly position?: SourcePosition,
  ) {
    super(message)
  }
}
