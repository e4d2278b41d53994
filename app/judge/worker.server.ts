/**
 * A judge worker thread: one QuickJS module for its whole life, one submission at a time. The pool
 * starts it (see pool.server.ts) and terminates it when a run outlives its deadline in native code.
 */
import os from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { createSimulator } from '~/sim/simulation'
import { createJudgeEngine, GeneratorError, type EngineHealth, type JudgeEngine } from './engine'
import {
  CONTROL_KILL,
  CONTROL_TEST,
  controlViews,
  ProblemCache,
  type FromWorker,
  type ToWorker,
  type WorkerSetup,
} from './protocol'
import { type JudgeProblem } from './types'

const setup = workerData as WorkerSetup
try {
  os.setPriority(Math.min(19, os.getPriority() + setup.niceness))
} catch {
  // Some platforms refuse; judging at normal priority only costs the web tier some latency.
}
const port = parentPort!
const { flags, testStartedAt } = controlViews(setup.control)
const shouldStop = () => Atomics.load(flags, CONTROL_KILL) === 1
const problems = new ProblemCache<JudgeProblem>()

const engine: JudgeEngine = await createJudgeEngine({
  wasmModule: setup.wasmModule,
  maxMemoryBytes: setup.maxMemoryBytes,
  runtimeMemoryBytes: setup.runtimeMemoryBytes,
  stackBytes: setup.stackBytes,
})
// The simulator has its own QuickJS module (instantiated from the same compiled one): its nodes' heaps
// never share linear memory with a code submission's.
const simulator = await createSimulator({
  wasmModule: setup.wasmModule,
  maxMemoryBytes: setup.maxMemoryBytes,
})

/** Both modules: poisoned if either is, and the larger memory (each has its own cap). */
function health(): EngineHealth {
  const judge = engine.health()
  const sim = simulator.health()
  return {
    poisoned: judge.poisoned || sim.poisoned,
    memoryBytes: Math.max(judge.memoryBytes, sim.memoryBytes),
  }
}

port.on('message', (message: ToWorker) => {
  let reply: FromWorker
  try {
    if (message.type === 'judge') {
      const { problemKey } = message.request
      let problem = message.request.problem
      if (problemKey !== undefined) {
        if (problem) problems.set(problemKey, problem)
        else problem = problems.get(problemKey) ?? null
      }
      if (!problem)
        throw new Error(
          `The worker does not hold problem ${problemKey}; the pool and worker caches disagree.`,
        )
      const result = engine.judge(
        { ...message.request, problem },
        {
          shouldStop,
          onTestStart(index) {
            testStartedAt[0] = Date.now()
            Atomics.store(flags, CONTROL_TEST, index)
          },
        },
      )
      reply = { type: 'judged', id: message.id, result, health: health() }
    } else if (message.type === 'simulate') {
      testStartedAt[0] = Date.now()
      const result = simulator.run(message.request, { shouldStop })
      reply = { type: 'simulated', id: message.id, result, health: health() }
    } else {
      testStartedAt[0] = Date.now()
      const generated = engine.generate(message.request, { shouldStop })
      reply = { type: 'generated', id: message.id, generated, health: health() }
    }
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error))
    const position = failure instanceof GeneratorError ? failure.position : undefined
    reply = {
      type: 'failed',
      id: message.id,
      error: { name: failure.name, message: failure.message, ...(position ? { position } : {}) },
      health: health(),
    }
  }
  port.postMessage(reply)
  engine.warm()
})

engine.warm()
port.postMessage({ type: 'ready' } satisfies FromWorker)
