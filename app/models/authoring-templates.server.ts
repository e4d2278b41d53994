import { scaffoldFiles } from '~/content/scaffold'
import { placeholderMarker, type harnesses, type ProblemKind } from '~/content/schema'
import { type FileMap } from './authoring-files.server'

const todo = placeholderMarker

/** A title is written into YAML frontmatter: quoted when YAML could misread it. */
function yamlTitle(title: string) {
  return /^[\w ][\w ,.()'!?&/+-]*$/.test(title) && !/^\d/.test(title) ? title : JSON.stringify(title)
}

function frontmatter(fields: Record<string, string | number>) {
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`
}

/**
 * The files a new authored problem starts from, in the folder format of problems/README.md. Placeholders
 * are marked TODO(author), which validation reports line by line until each is replaced.
 */
export function templateFiles({
  kind,
  slug,
  title,
  harness = 'function',
}: {
  kind: ProblemKind
  slug: string
  title: string
  harness?: (typeof harnesses)[number]
}): FileMap {
  switch (kind) {
    case 'code': {
      const files = scaffoldFiles({ slug, harness })
      return {
        ...files,
        'problem.md': files['problem.md'].replace(`title: ${todo} Title in a few words`, `title: ${yamlTitle(title)}`),
      }
    }
    case 'quiz':
      return quizTemplate({ slug, title })
    case 'design':
      return designTemplate({ slug, title })
    case 'incident':
      return incidentTemplate({ slug, title })
    case 'sim':
      return simTemplate({ slug, title })
  }
}

function quizTemplate({ slug, title }: { slug: string; title: string }): FileMap {
  return {
    'problem.md': `${frontmatter({ slug, title: yamlTitle(title), kind: 'quiz', difficulty: 'easy', tags: `[${todo}]`, roles: '[backend, cloud-infra, sre]' })}
${todo}: the question, in Markdown. For a numeric question, say what unit to answer in.
`,
    'quiz.yaml': `type: single                     # single | multiple | numeric (see problems/README.md)
options:                         # 3–8 options, ids and texts unique
  - id: a
    text: ${todo} the first option
  - id: b
    text: ${todo} the second option
  - id: c
    text: ${todo} the third option
answer: a                        # single: one option id; multiple: a list like [a, c]
explanation: |
  ${todo}: why the answer is right and each other option wrong, in at least 100 characters. It is shown
  after the candidate answers.
`,
  }
}

function designTemplate({ slug, title }: { slug: string; title: string }): FileMap {
  const criteria = [
    ['requirements', 'Requirements', 20],
    ['estimates', 'Capacity estimates', 15],
    ['api', 'API and data model', 15],
    ['architecture', 'High-level design', 20],
    ['deep-dives', 'Deep dives', 15],
    ['failure-modes', 'Failure modes and degradation', 15],
  ] as const
  const sections = ['Requirements', 'Capacity estimates', 'API', 'Data model', 'High-level design', 'Deep dives', 'Trade-offs', 'Failure modes and degradation']
  return {
    'problem.md': `${frontmatter({ slug, title: yamlTitle(title), kind: 'design', difficulty: 'medium', tags: '[system-design]', roles: '[backend, cloud-infra, sre]', suggestedMinutes: 45 })}
${todo}: the prompt. Give every number the estimation questions need (users, rates, sizes, retention) and
say what the answer should cover.
`,
    'design.yaml': `estimates:                         # 3–6 graded estimation questions
${[1, 2, 3]
  .map(
    (n) => `  - id: estimate-${n}
    question: ${todo} estimation question ${n}
    unit: requests/s
    answer: 1000
    tolerance: 0.5                 # relative (±50%); or factor: 2 for a log-scale range
    worked: |
      ${todo}: the worked calculation, shown after the candidate answers.`,
  )
  .join('\n')}
rubric:                            # 6–10 criteria; weights are whole numbers summing to 100
${criteria
  .map(
    ([id, criterion, weight]) => `  - id: ${id}
    criterion: ${criterion}
    weight: ${weight}
    guidance: >
      ${todo}: what "covered" looks like for this criterion.`,
  )
  .join('\n')}
`,
    'reference.md': sections.map((section) => `## ${section}\n${todo}: the reference answer for this section.\n`).join('\n'),
  }
}

function incidentTemplate({ slug, title }: { slug: string; title: string }): FileMap {
  return {
    'problem.md': `${frontmatter({ slug, title: yamlTitle(title), kind: 'incident', difficulty: 'easy', tags: '[incident-response]', roles: '[sre]' })}
**03:00 — you are paged.** ${todo}: the page as it lands: the alert, a line from support, what the
candidate owns. Do not hint at the cause.
`,
    // The minimal complete scenario of problems/README.md: it validates once the placeholders are replaced.
    'scenario.yaml': `clock: { pagedAt: "03:00", history: 10m, timeLimit: 30m }
regions:
  - { id: eu-west-1, short: euw1 }
teams:
  - { id: api-team, name: API team, ackAfter: 2m, reply: "Looking." }
  - { id: db-team, name: DB team }
services:
  - id: api
    description: Public API.
    team: api-team
    hosts: 3
    capacity: 200
    version: 1.0.0
    deployTime: 2m
    latency: { p50: 20, p95: 60, p99: 120 }
    entry: { rps: 300 }
    slo: { errorRate: 0.01, p99: 1000 }
    dependencies:
      - { service: db, calls: 2, timeoutMs: 500 }
    logs:
      - { text: "GET /items/{int:1-999} 200 {ms}ms", rate: 12 }
  - { id: db, kind: database, description: The database., team: db-team, hosts: 0, capacity: 5000,
      latency: { p50: 2, p95: 5, p99: 10 } }
changes:
  - { id: api-1-1-0, at: -4m, kind: deploy, service: api, version: 1.1.0, summary: "api 1.1.0: new serializer", author: ci, rollout: 1m }
faults:
  - id: serializer-bug
    description: api 1.1.0 fails to serialise some items.
    target: { service: api }
    change: api-1-1-0
    effects: { errorRate: 0.2 }
    logs:
      - { level: ERROR, text: "SerializerError: cannot encode field price (item {id})", rate: 30 }
  - { id: db-restart, description: Restarting the database drops every connection., target: { service: db },
      duration: 1m, effects: { down: true } }
alerts:
  - { id: api-errors, name: ApiErrors, service: api, metric: errorRate, above: 0.05, for: 1m, summary: "api errors at {value}" }
actions:
  rules:
    - { match: { type: rollback, service: api }, verdict: good, note: The deploy lines up with the errors. }
    - { match: { type: restart, service: db }, verdict: harmful, note: The database was fine., starts: [db-restart] }
communication: { severity: [SEV2], page: [api-team] }
scoring: { mitigateWithin: 8m, mitigateBy: 25m }
rootCause:
  question: What broke?
  options:
    - { id: deploy, text: The api 1.1.0 deploy. }
    - { id: db, text: The database. }
  correct: deploy
  explanation: api 1.1.0 shipped a serializer that fails on some items.
  keywords: [[serializer], ["1.1.0"]]
`,
    'paths.yaml': `seeds: [1, 2]

ideal:
  summary: Roll back the deploy that lines up with the errors.
  actions:
    - view-changes:
      note: api 1.1.0 went out four minutes before the page.
    - declare-severity: SEV2
    - rollback: api
      note: The fastest safe mitigation.
    - page-team: api-team
    - post-status: Investigating API errors since 02:56; rolling back today's deploy.
    - wait: 3m
    - post-status: Mitigated; the API is healthy again after the rollback.
    - resolve: { rootCause: deploy, explanation: "The serializer in api 1.1.0 fails on some items." }

bad:
  actions:
    - restart: db
    - wait: 10m
    - declare-severity: SEV4
    - resolve: { rootCause: db, explanation: "database" }
`,
    'editorial.md': `${todo}: what really happened, the ideal path and its reasoning, and the traps.
`,
  }
}

function simTemplate({ slug, title }: { slug: string; title: string }): FileMap {
  return {
    'problem.md': `${frontmatter({ slug, title: yamlTitle(title), kind: 'sim', difficulty: 'easy', tags: '[maelstrom]', roles: '[backend, cloud-infra, sre]' })}
${todo}: what each node receives and must answer, with an example message and its reply.
`,
    'workload.json': `{
  "workload": "echo",
  "nodeCount": 1,
  "durationMs": 5000,
  "recoveryMs": 500,
  "rate": 20,
  "services": [],
  "seeds": [1]
}
`,
    'starter.ts': `import type { Node } from 'drill:sim'

// Called when your node starts (and again after a crash): register a handler per message type.
export function main(node: Node) {
  node.on('echo', (msg) => {
    // ${todo}: what the candidate starts from.
    node.reply(msg, { type: 'echo_ok', echo: '' })
  })
}
`,
    'solution.ts': `import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('echo', (msg) => {
    // ${todo}: the reference solution; it must pass on every seed.
    node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })
  })
}
`,
    'wrong/wrong-field.ts': `// expect: wrong_answer
// ${todo}: name the mistake and why the workload's checker catches it.
import type { Node } from 'drill:sim'

export function main(node: Node) {
  node.on('echo', (msg) => {
    node.reply(msg, { type: 'echo_ok', echo: msg.body })
  })
}
`,
    'hints.md': `## Hint 1
${todo}: a gentle nudge.

## Hint 2
${todo}: the key observation.
`,
    'editorial.md': `${todo}: the approach and the pitfalls the wrong solutions fall into.
`,
  }
}
