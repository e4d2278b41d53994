import { existsSync } from 'node:fs'
import path from 'node:path'
import { type ZodIssue } from 'zod'
import {
  applyAction,
  debrief,
  fingerprintIncident,
  IncidentActionError,
  IncidentEndedError,
  replayIncident,
  startIncident,
  validateScenario,
  type RecordedPath,
  type Scenario,
} from '~/incident'
import {
  actionSchema,
  actionTypes,
  pathsFileSchema,
  primaryParam,
  scenarioSchema,
  type PathStep,
} from '~/incident/schema'
import { formatDuration } from '~/incident/time'
import { describeIssue, type ContentError } from './errors'
import { readText } from './files'
import { type IncidentFrontmatter } from './schema'
import { type Hint, type IncidentProblem } from './types'
import { parseYamlSource, sortErrors, validateYaml, type YamlSource } from './yaml-source'
import { keysAtPath } from './zod-keys'

/** Files of an incident problem; hints.md is optional. */
export const incidentFiles = ['problem.md', 'scenario.yaml', 'paths.yaml', 'editorial.md'] as const

/** What `check` demands of the recorded paths (problems/README.md, "Incident scenarios"). */
export const incidentRules = { idealAtLeast: 90, badAtMost: 40 } as const

const singular: Record<string, string> = {
  regions: 'region',
  teams: 'team',
  services: 'service',
  flags: 'flag',
  changes: 'change',
  faults: 'fault',
  alerts: 'alert',
  dependencies: 'dependency',
  logs: 'log',
  diagnostics: 'diagnostic',
  custom: 'action',
  rules: 'rule',
  options: 'option',
  variants: 'variant',
  keywords: 'keyword group',
}

/** `['faults', 1, 'target', 'service']` → `fault bad-deploy: ` using the item's id when it has one. */
function describeScenarioPath(source: YamlSource) {
  return (segments: readonly (string | number)[]) => {
    let prefix = ''
    let node: unknown = source.value
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]
      const next = (node as Record<string | number, unknown> | undefined)?.[segment]
      // Name the items of lists of mappings (services, faults, rules...), not the values of plain lists.
      if (
        typeof segment === 'number' &&
        typeof segments[i - 1] === 'string' &&
        typeof next === 'object' &&
        next !== null
      ) {
        const name = singular[segments[i - 1] as string] ?? String(segments[i - 1])
        const item = next as { id?: unknown; name?: unknown } | undefined
        const id =
          typeof item?.id === 'string'
            ? item.id
            : typeof item?.name === 'string'
              ? item.name
              : `#${segment + 1}`
        prefix += `${name} ${id}: `
      }
      node = next
    }
    return prefix
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function suggestType(name: string) {
  const lower = name.toLowerCase()
  return actionTypes.find(
    (type) => type.startsWith(lower.slice(0, 4)) || lower.startsWith(type.slice(0, 4)),
  )
}

/** Reads the steps of one recorded path: `- wait: 2m`, `- rollback: checkout`, `- search-logs: {service: x, query: y}`. */
function parseSteps({
  source,
  which,
  raw,
  errors,
}: {
  source: YamlSource
  which: 'ideal' | 'bad'
  raw: unknown[]
  errors: ContentError[]
}): PathStep[] {
  const steps: PathStep[] = []
  raw.forEach((entry, i) => {
    const base = [which, 'actions', i]
    const line = source.locate(base).line
    const fail = (segments: (string | number)[], message: string) =>
      errors.push({
        file: source.file,
        line: source.locate(segments).line,
        message: `${which} path, step ${i + 1}: ${message}`,
      })
    let candidate: Record<string, unknown>
    let fieldsPath: (string | number)[] = base
    let note: unknown
    if (typeof entry === 'string') candidate = { type: entry }
    else if (isMapping(entry) && 'type' in entry) {
      const { note: given, ...rest } = entry
      note = given
      candidate = rest
    } else if (isMapping(entry)) {
      const keys = Object.keys(entry).filter((key) => key !== 'note')
      note = entry.note
      if (keys.length !== 1) {
        fail(
          base,
          'write one action per step, like "- wait: 2m" or "- rollback: {service: checkout}"',
        )
        return
      }
      const type = keys[0]
      const value = entry[type]
      if (!(actionTypes as readonly string[]).includes(type)) {
        const suggestion = suggestType(type)
        fail(
          base,
          `unknown action "${type}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        )
        return
      }
      fieldsPath = [...base, type]
      if (value === null || value === undefined) candidate = { type }
      else if (isMapping(value)) candidate = { type, ...value }
      else {
        const primary = primaryParam[type as keyof typeof primaryParam]
        if (!primary) {
          fail(fieldsPath, `${type} needs its fields as a mapping, like "- ${type}: {...}"`)
          return
        }
        candidate = { type, [primary]: value }
      }
    } else {
      fail(base, 'each step is an action, like "- wait: 2m" or "- open-dashboard: checkout"')
      return
    }
    if (note !== undefined && typeof note !== 'string') fail([...base, 'note'], 'note must be text')
    const result = actionSchema.safeParse(candidate)
    if (!result.success) {
      const option = actionSchema.options.find((o) => o.shape.type.value === candidate.type)
      for (const issue of result.error.issues as ZodIssue[]) {
        if (issue.code === 'invalid_union_discriminator') {
          const suggestion =
            typeof candidate.type === 'string' ? suggestType(candidate.type) : undefined
          fail(
            [...fieldsPath, 'type'],
            `unknown action "${String(candidate.type)}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          )
          continue
        }
        for (const description of describeIssue(issue, () =>
          option ? Object.keys(option.shape) : [],
        )) {
          errors.push({
            file: source.file,
            line: source.locate([...fieldsPath, ...description.path], description.key).line,
            message: `${which} path, step ${i + 1}: ${description.message}`,
          })
        }
      }
      return
    }
    steps.push({ action: result.data, ...(typeof note === 'string' ? { note } : {}), line })
  })
  return steps
}

/** Parses and validates scenario.yaml: the schema first, then references and sanity (each at its line). */
export function loadScenario(file: string): { scenario?: Scenario; errors: ContentError[] } {
  const source = parseYamlSource({ file, text: readText(file) })
  if (source.errors.length > 0) return { errors: source.errors }
  const describePath = describeScenarioPath(source)
  const { data, errors } = validateYaml({
    source,
    schema: scenarioSchema,
    describePath,
    knownKeys: (segments) => keysAtPath(scenarioSchema, segments),
  })
  if (!data) return { errors }
  const issues = validateScenario(data)
  if (issues.length > 0) {
    return {
      errors: sortErrors(
        issues.map((issue) => ({
          file,
          line: source.locate(issue.path).line,
          message: describePath(issue.path) + issue.message,
        })),
      ),
    }
  }
  return { scenario: data, errors: [] }
}

/** Parses paths.yaml and plays each path once to prove every step is accepted and the path ends the incident. */
export function loadPaths(
  file: string,
  scenario: Scenario | undefined,
): { paths?: IncidentProblem['paths']; errors: ContentError[] } {
  const source = parseYamlSource({ file, text: readText(file) })
  if (source.errors.length > 0) return { errors: source.errors }
  const errors: ContentError[] = []
  const { data } = (() => {
    const result = validateYaml({
      source,
      schema: pathsFileSchema,
      knownKeys: (segments) => keysAtPath(pathsFileSchema, segments),
    })
    errors.push(...result.errors)
    return result
  })()
  if (!data) return { errors }
  const ideal: RecordedPath = {
    ...(data.ideal.summary ? { summary: data.ideal.summary } : {}),
    steps: parseSteps({ source, which: 'ideal', raw: data.ideal.actions, errors }),
  }
  const bad: RecordedPath = {
    ...(data.bad.summary ? { summary: data.bad.summary } : {}),
    steps: parseSteps({ source, which: 'bad', raw: data.bad.actions, errors }),
  }
  if (errors.length > 0 || !scenario) return { errors: sortErrors(errors) }
  for (const [which, recorded] of [
    ['ideal', ideal],
    ['bad', bad],
  ] as const) {
    const incident = startIncident({ scenario, seed: data.seeds[0] })
    let refused = false
    for (const [i, step] of recorded.steps.entries()) {
      try {
        applyAction(incident, step.action)
      } catch (error) {
        if (!(error instanceof IncidentActionError || error instanceof IncidentEndedError))
          throw error
        errors.push({
          file,
          line: step.line ?? 1,
          message: `${which} path, step ${i + 1} is refused: ${error.message}`,
        })
        refused = true
        break
      }
    }
    if (!refused && !incident.ended) {
      errors.push({
        file,
        line: recorded.steps[recorded.steps.length - 1]?.line ?? 1,
        message: `the ${which} path does not end the incident: finish it with a resolve step (the clock stopped at ${formatDuration(incident.session.now)} of ${formatDuration(scenario.clock.timeLimit)})`,
      })
    }
  }
  if (errors.length > 0) return { errors: sortErrors(errors) }
  return { paths: { seeds: data.seeds, ideal, bad }, errors: [] }
}

/** Loads the files of a `kind: incident` problem beyond problem.md; pushes every error it finds. */
export function loadIncidentProblem({
  dir,
  frontmatter,
  statement,
  statementLine,
  errors,
  parseHints,
  hash,
}: {
  dir: string
  frontmatter: IncidentFrontmatter
  statement: string
  statementLine: number
  errors: ContentError[]
  parseHints: (input: { file: string; markdown: string; errors: ContentError[] }) => Hint[]
  hash: (dir: string) => string
}): IncidentProblem | undefined {
  const file = (name: string) => path.join(dir, name)
  for (const name of incidentFiles) {
    if (name !== 'problem.md' && !existsSync(file(name)))
      errors.push({ file: file(name), line: 1, message: `${name} is missing` })
  }
  for (const name of ['starter.ts', 'solution.ts', 'tests.yaml']) {
    if (existsSync(file(name)))
      errors.push({
        file: file(name),
        line: 1,
        message: `${name} does not belong to a kind: incident problem`,
      })
  }
  const loaded = existsSync(file('scenario.yaml'))
    ? loadScenario(file('scenario.yaml'))
    : { errors: [] }
  errors.push(...loaded.errors)
  const paths = existsSync(file('paths.yaml'))
    ? loadPaths(file('paths.yaml'), loaded.scenario)
    : { errors: [] }
  errors.push(...paths.errors)
  const hints = existsSync(file('hints.md'))
    ? parseHints({ file: file('hints.md'), markdown: readText(file('hints.md')), errors })
    : []
  const editorial = existsSync(file('editorial.md')) ? readText(file('editorial.md')) : undefined
  if (editorial !== undefined && editorial.trim() === '')
    errors.push({ file: file('editorial.md'), line: 1, message: 'editorial.md is empty' })
  if (
    errors.length > 0 ||
    !loaded.scenario ||
    !('paths' in paths) ||
    !paths.paths ||
    editorial === undefined
  )
    return undefined
  return {
    kind: 'incident',
    slug: frontmatter.slug,
    area: path.basename(path.dirname(dir)),
    dir,
    frontmatter,
    statement,
    statementLine,
    scenario: loaded.scenario,
    paths: paths.paths,
    hints,
    editorial,
    hash: hash(dir),
  }
}

export interface IncidentCheckSummary {
  seeds: number[]
  idealScores: number[]
  badScores: number[]
  /** Time to mitigate of the ideal path per seed (seconds; null when it never mitigates). */
  idealTimeToMitigate: (number | null)[]
  /** Median wall time of replaying the ideal path's actions from scratch (what the app does per request). */
  replayMs: number
}

/**
 * The dynamic checks of an incident problem: a page alert fires by t = 0, the ideal path scores at least
 * 90 and the bad path at most 40 with every seed, and each play is deterministic (played twice, the
 * signals and the debrief are identical).
 */
export function checkIncidentScenario(problem: IncidentProblem): {
  errors: ContentError[]
  warnings: ContentError[]
  summary: IncidentCheckSummary
} {
  const errors: ContentError[] = []
  const warnings: ContentError[] = []
  const pathsFile = path.join(problem.dir, 'paths.yaml')
  const scenarioFile = path.join(problem.dir, 'scenario.yaml')
  const { scenario, paths } = problem
  const at = (list: ContentError[], file: string, line: number, message: string) =>
    list.push({ file, line, message, slug: problem.slug })
  const lineIn = (file: string, pattern: RegExp) => {
    const index = readText(file)
      .split('\n')
      .findIndex((text) => pattern.test(text))
    return index >= 0 ? index + 1 : 1
  }
  const summary: IncidentCheckSummary = {
    seeds: paths.seeds,
    idealScores: [],
    badScores: [],
    idealTimeToMitigate: [],
    replayMs: 0,
  }

  for (const seed of paths.seeds) {
    const start = startIncident({ scenario, seed })
    const world = start.session.world
    const paging = world.alertEvents.filter(
      (event) =>
        start.model.alerts[event.rule].def.severity === 'page' &&
        event.firedAt <= 0 &&
        (event.resolvedAt === undefined || event.resolvedAt > 0),
    )
    if (paging.length === 0) {
      const later = startIncident({ scenario, seed })
      applyAction(later, { type: 'wait', seconds: 600 })
      const first = later.session.world.alertEvents.find(
        (event) => later.model.alerts[event.rule].def.severity === 'page' && event.firedAt > 0,
      )
      at(
        errors,
        scenarioFile,
        lineIn(scenarioFile, /^alerts:/),
        `no page alert is firing when the candidate is paged (t = 0) with seed ${seed}${first ? `; the first fires at +${formatDuration(first.firedAt)}` : ' nor in the 10 minutes after'}: start the faults earlier or lower a threshold`,
      )
    }
    for (const which of ['ideal', 'bad'] as const) {
      const recorded = paths[which]
      const actions = recorded.steps.map((step) => step.action)
      const play = () => {
        const incident = replayIncident({ scenario, seed, actions })
        return { incident, result: debrief(incident) }
      }
      const first = play()
      const second = play()
      if (
        first.result.fingerprint !== second.result.fingerprint ||
        fingerprintIncident(first.incident) !== fingerprintIncident(second.incident) ||
        JSON.stringify(first.result) !== JSON.stringify(second.result)
      ) {
        at(
          errors,
          pathsFile,
          lineIn(pathsFile, new RegExp(`^${which}:`)),
          `the ${which} path is not deterministic with seed ${seed}: two plays gave different signals or scores`,
        )
      }
      const score = first.result.score
      const breakdown = first.result.breakdown
        .map((item) => `${item.label.toLowerCase()} ${item.points}/${item.max}`)
        .join(', ')
      if (which === 'ideal') {
        summary.idealScores.push(score)
        summary.idealTimeToMitigate.push(first.result.timeToMitigate)
        if (score < incidentRules.idealAtLeast)
          at(
            errors,
            pathsFile,
            lineIn(pathsFile, /^ideal:/),
            `the ideal path scores ${score}/100 with seed ${seed}; it must score at least ${incidentRules.idealAtLeast} (${breakdown})`,
          )
      } else {
        summary.badScores.push(score)
        if (score > incidentRules.badAtMost)
          at(
            errors,
            pathsFile,
            lineIn(pathsFile, /^bad:/),
            `the bad path scores ${score}/100 with seed ${seed}; it must score at most ${incidentRules.badAtMost} (${breakdown})`,
          )
      }
    }
  }

  const actions = paths.ideal.steps.map((step) => step.action)
  const times: number[] = []
  for (let i = 0; i < 7; i++) {
    const started = performance.now()
    replayIncident({ scenario, seed: paths.seeds[0], actions })
    times.push(performance.now() - started)
  }
  summary.replayMs = times.sort((a, b) => a - b)[3]
  if (summary.replayMs > 50)
    at(
      warnings,
      scenarioFile,
      1,
      `replaying the ideal path takes ${summary.replayMs.toFixed(1)} ms; the app replays on every request, so keep it under 50 ms (fewer services, hosts or history)`,
    )
  return { errors: sortErrors(errors), warnings, summary }
}
