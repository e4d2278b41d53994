/**
 * The DRI incident engine: pure and deterministic. A scenario plus a seed plus the list of actions is the
 * whole state; the app stores the seed and the actions and replays them (a few milliseconds).
 */
export {
  applyAction,
  clearIncidentCaches,
  fingerprintIncident,
  IncidentActionError,
  IncidentEndedError,
  parseAction,
  replayIncident,
  startIncident,
  waitFor,
  type ActionOutcome,
  type Incident,
  type IncidentEnd,
} from './engine'
export {
  debrief,
  IncidentNotEndedError,
  playPath,
  scoreWeights,
  type Debrief,
  type ScoreItem,
} from './debrief'
export { viewForCandidate, type CandidateView } from './view'
export { validateScenario, type ScenarioIssue } from './validate'
export { defaultCosts, type DependencyCheck } from './actions'
export {
  actionSchema,
  pathsFileSchema,
  primaryParam,
  scenarioSchema,
  type IncidentAction,
  type PathStep,
  type RecordedPath,
  type Scenario,
} from './schema'
export { formatClock, formatDuration, parseDuration } from './time'
