import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkProblems } from './check'
import { type ContentError } from './errors'
import { loadContent, loadProblem } from './loader'
import { type ContentJudge } from './prepare'
import { copyFixture, editFile, fixturesDir, lineOf } from './test-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

function editableIncident() {
  const copy = copyFixture('incidents')
  cleanups.push(copy.remove)
  const dir = path.join(copy.root, 'oncall/tiny-outage')
  return { root: copy.root, dir, file: (name: string) => path.join(dir, name) }
}

function errorsIn(errors: ContentError[], file: string) {
  return errors
    .filter((error) => error.file === file)
    .map((error) => ({ line: error.line, message: error.message }))
}

// Incident checks never run code; a judge that fails loudly proves it.
const noJudge: ContentJudge = {
  judge: () => Promise.reject(new Error('incident problems must not be judged')),
  generate: () => Promise.reject(new Error('incident problems must not be judged')),
}

describe('incident problems', () => {
  it('load with their scenario, recorded paths and notes', () => {
    const { problem, errors } = loadProblem(path.join(fixturesDir, 'incidents/oncall/tiny-outage'))
    expect(errors).toEqual([])
    if (problem?.kind !== 'incident') throw new Error('expected an incident problem')
    expect(problem.frontmatter).toMatchObject({
      kind: 'incident',
      difficulty: 'easy',
      roles: ['sre'],
    })
    expect(problem.scenario.clock).toEqual({ pagedAt: '03:00', history: 600, timeLimit: 1800 })
    expect(problem.scenario.changes[0].at).toBe(-240)
    expect(problem.paths.seeds).toEqual([1, 2])
    const paths = path.join(problem.dir, 'paths.yaml')
    expect(problem.paths.ideal.steps[0]).toEqual({
      action: { type: 'view-changes' },
      note: 'api 1.1.0 went out four minutes before the page.',
      line: lineOf(paths, '- view-changes:'),
    })
    expect(problem.paths.ideal.steps[5].action).toEqual({ type: 'wait', seconds: 180 })
    expect(problem.paths.bad.steps.map((step) => step.action.type)).toEqual([
      'restart',
      'wait',
      'declare-severity',
      'resolve',
    ])
    expect(problem.hints).toEqual([])
  })

  it('report malformed scenario values at their line, naming the item', () => {
    const content = editableIncident()
    const scenario = content.file('scenario.yaml')
    editFile(scenario, '    capacity: 200\n', '    capacity: 200\n    latncy: 3\n')
    editFile(scenario, 'errorRate: 0.2 }', 'errorRate: 2 }')
    editFile(scenario, '  timeLimit: 30m', '  timeLimit: half an hour')
    editFile(scenario, '    metric: errorRate\n', '    metric: errors\n')
    const { problem, errors } = loadProblem(content.dir)
    expect(problem).toBeUndefined()
    expect(errorsIn(errors, scenario)).toEqual([
      {
        line: lineOf(scenario, 'timeLimit: half an hour'),
        message: 'clock.timeLimit must be a duration like 90s, 5m or 1h30m',
      },
      {
        line: lineOf(scenario, 'latncy: 3'),
        message: 'service api: unknown field "latncy" (did you mean "latency"?)',
      },
      {
        line: lineOf(scenario, 'errorRate: 2 }'),
        message: 'fault serializer-bug: effects.errorRate must be between 0 and 1',
      },
      {
        line: lineOf(scenario, 'metric: errors'),
        message:
          'alert api-errors: metric must be one of rps, errorRate, p50, p95, p99, cpu, memory, queue, not "errors"',
      },
    ])
  })

  it('report broken references and sanity problems at the line of the value', () => {
    const content = editableIncident()
    const scenario = content.file('scenario.yaml')
    editFile(
      scenario,
      '      - { service: db, calls: 2, timeoutMs: 500 }',
      '      - { service: dbb, calls: 2, timeoutMs: 500 }',
    )
    editFile(scenario, '    starts: [db-restart]', '    starts: [db-reboot]')
    editFile(scenario, '  page: [api-team]', '  page: [api-oncall]')
    editFile(scenario, '  correct: deploy', '  correct: deployment')
    editFile(
      scenario,
      '      - text: "GET /items/{int:1-999} 200 {ms}ms"',
      '      - text: "GET /items/{item} 200 {ms}ms"',
    )
    const errors = errorsIn(loadProblem(content.dir).errors, scenario)
    expect(errors).toEqual([
      {
        line: lineOf(scenario, 'service: dbb'),
        message: 'service api: dependency #1: unknown service "dbb"',
      },
      {
        line: lineOf(scenario, 'GET /items/{item}'),
        message: expect.stringMatching(
          /^service api: log #1: unknown placeholder \{item\}; use one of /,
        ),
      },
      {
        line: lineOf(scenario, 'id: db-restart'),
        message:
          'fault db-restart: it never begins: give it a start, a change, or a rule that starts it',
      },
      {
        line: lineOf(scenario, 'starts: [db-reboot]'),
        message: 'rule #2: unknown fault "db-reboot"',
      },
      { line: lineOf(scenario, 'page: [api-oncall]'), message: 'unknown team "api-oncall"' },
      {
        line: lineOf(scenario, 'correct: deployment'),
        message: '"deployment" is not one of the options',
      },
    ])
  })

  it('refuse a service that is already near saturation before anything breaks', () => {
    const content = editableIncident()
    const scenario = content.file('scenario.yaml')
    editFile(scenario, '    capacity: 200\n', '    capacity: 110\n')
    expect(errorsIn(loadProblem(content.dir).errors, scenario)).toEqual([
      {
        line: lineOf(scenario, 'capacity: 110'),
        message:
          'service api: api runs at 91% of its capacity in eu-west-1 before anything breaks (300 req/s); give it more hosts or capacity (at most 85%)',
      },
    ])
  })

  it('report path steps that are unknown, malformed or refused at their line', () => {
    const content = editableIncident()
    const paths = content.file('paths.yaml')
    editFile(paths, '    - rollback: api\n', '    - rollbak: api\n')
    editFile(paths, '    - declare-severity: SEV2', '    - declare-severity: SEV9')
    expect(errorsIn(loadProblem(content.dir).errors, paths)).toEqual([
      {
        line: lineOf(paths, 'SEV9'),
        message: 'ideal path, step 2: level must be one of SEV1, SEV2, SEV3, SEV4, not "SEV9"',
      },
      {
        line: lineOf(paths, 'rollbak'),
        message: 'ideal path, step 3: unknown action "rollbak" (did you mean "rollback"?)',
      },
    ])
    editFile(paths, '    - rollbak: api\n', '    - drain: api-euw1-07\n')
    editFile(paths, 'SEV9', 'SEV2')
    expect(errorsIn(loadProblem(content.dir).errors, paths)).toEqual([
      {
        line: lineOf(paths, 'api-euw1-07'),
        message:
          'ideal path, step 3 is refused: There is no host "api-euw1-07"; the service map lists the hosts.',
      },
    ])
    editFile(paths, '    - resolve: { rootCause: db, explanation: "database" }\n', '')
    expect(errorsIn(loadProblem(content.dir).errors, paths)).toContainEqual({
      line: lineOf(paths, 'SEV4'),
      message:
        'the bad path does not end the incident: finish it with a resolve step (the clock stopped at 11m30s of 30m)',
    })
  })

  it('report a YAML syntax error in scenario.yaml and keep the other problems loading', () => {
    const content = editableIncident()
    const scenario = content.file('scenario.yaml')
    editFile(scenario, '  pagedAt: "03:00"', '  pagedAt: "03:00')
    const loaded = loadContent({ root: content.root })
    expect(loaded.problems).toEqual([])
    expect(loaded.errors[0]).toMatchObject({
      file: scenario,
      message: expect.stringMatching(/^YAML syntax error: /),
      slug: 'tiny-outage',
    })
  })

  it('pass `check` by playing the paths, and fail it when the bad path scores too well', async () => {
    const report = await checkProblems({
      paths: [path.join(fixturesDir, 'incidents')],
      judge: noJudge,
    })
    expect(report.problems.flatMap((problem) => problem.errors)).toEqual([])
    expect(report.ok).toBe(true)
    const summary = report.problems[0].incident!
    expect(summary.seeds).toEqual([1, 2])
    for (const score of summary.idealScores) expect(score).toBeGreaterThanOrEqual(90)
    for (const score of summary.badScores) expect(score).toBeLessThanOrEqual(40)

    const content = editableIncident()
    const paths = content.file('paths.yaml')
    // A "bad" path that is the ideal one in disguise.
    editFile(
      paths,
      '  actions:\n    - restart: db\n    - wait: 10m\n    - declare-severity: SEV4\n    - resolve: { rootCause: db, explanation: "database" }\n',
      '  actions:\n    - declare-severity: SEV2\n    - rollback: api\n    - page-team: api-team\n    - post-status: Investigating API errors, rolling back the deploy now.\n    - wait: 5m\n    - resolve: { rootCause: deploy, explanation: "api 1.1.0 serializer" }\n',
    )
    const failing = await checkProblems({ paths: [content.dir], judge: noJudge })
    expect(failing.ok).toBe(false)
    expect(failing.problems[0].errors).toEqual([
      expect.objectContaining({
        file: paths,
        line: lineOf(paths, 'bad:'),
        message: expect.stringMatching(
          /^the bad path scores \d+\/100 with seed 1; it must score at most 40 \(/,
        ),
      }),
      expect.objectContaining({
        file: paths,
        line: lineOf(paths, 'bad:'),
        message: expect.stringMatching(/with seed 2/),
      }),
    ])
  })

  it('fail `check` when no page alert fires by the time the candidate is paged', async () => {
    const content = editableIncident()
    const scenario = content.file('scenario.yaml')
    editFile(scenario, '    for: 1m\n', '    for: 8m\n')
    const report = await checkProblems({ paths: [content.dir], judge: noJudge })
    expect(report.problems[0].errors).toContainEqual(
      expect.objectContaining({
        file: scenario,
        line: lineOf(scenario, 'alerts:'),
        message: expect.stringMatching(
          /^no page alert is firing when the candidate is paged \(t = 0\) with seed 1; the first fires at \+\d+m/,
        ),
      }),
    )
  })
})
