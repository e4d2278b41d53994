/**
 * Drill's deterministic distributed-systems simulator: candidate node programs in QuickJS, a seeded
 * network and nemesis, Maelstrom-style workloads and checkers. Pure: no Remix, no I/O.
 */
/** The node API as a `.d.ts` text for the editor. */
export { NODE_API_TYPES, NODE_API_TYPES as types } from './api'
export { DEFAULT_LIMITS, parseWorkloadConfig, WorkloadConfigError } from './config'
export {
  createSimulator,
  runSimulation,
  type Simulator,
  type SimulatorHooks,
  type SimulatorOptions,
} from './simulation'
export type * from './types'
