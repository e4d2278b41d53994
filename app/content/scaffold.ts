import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLSeq } from 'yaml'
import { listProblemFolders, listTrackFiles } from './loader'
import { placeholderMarker, slugSchema, type harnesses } from './schema'

/** A mistake in the arguments of `drill problems new` (the CLI exits 2). */
export class ScaffoldUsageError extends Error {}

export interface ScaffoldedProblem {
  dir: string
  area: string
  module: string
  trackFile: string
  files: string[]
}

/**
 * Creates `<root>/<area>/<slug>/` with every file of a code problem, placeholders marked
 * `TODO(author)`, and appends the slug to a module of the track (the last one unless `module` is given).
 */
export function scaffoldProblem({
  root,
  track,
  slug,
  module,
  harness = 'function',
}: {
  root: string
  track: string
  slug: string
  module?: string
  harness?: (typeof harnesses)[number]
}): ScaffoldedProblem {
  if (!slugSchema.safeParse(slug).success) {
    throw new ScaffoldUsageError(
      `"${slug}" is not a valid slug: use lowercase words joined by - (like "two-sum").`,
    )
  }
  const trackFile = listTrackFiles({ root }).find(
    (file) => path.basename(file).replace(/\.ya?ml$/, '') === track,
  )
  if (!trackFile) {
    throw new ScaffoldUsageError(
      `There is no track "${track}": expected a file ${path.join(root, 'tracks', `${track}.yaml`)}.`,
    )
  }
  const existing = listProblemFolders({ root }).dirs.find((dir) => path.basename(dir) === slug)
  if (existing) throw new ScaffoldUsageError(`A problem "${slug}" already exists in ${existing}.`)

  const trackText = readFileSync(trackFile, 'utf8')
  const placement = placeInTrack({ trackFile, trackText, slug, module })
  const area = chooseArea({ root, track, items: placement.allItems })
  const dir = path.join(root, area, slug)
  const files = scaffoldFiles({ slug, harness })
  mkdirSync(path.join(dir, 'wrong'), { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  writeFileSync(trackFile, placement.text)
  return { dir, area, module: placement.module, trackFile, files: Object.keys(files) }
}

/** The area is where most of the track's problems already live; a new track gets a folder named after it. */
function chooseArea({ root, track, items }: { root: string; track: string; items: string[] }) {
  const wanted = new Set(items)
  const counts = new Map<string, number>()
  for (const dir of listProblemFolders({ root }).dirs) {
    if (!wanted.has(path.basename(dir))) continue
    const area = path.basename(path.dirname(dir))
    counts.set(area, (counts.get(area) ?? 0) + 1)
  }
  let best = track
  let bestCount = 0
  for (const [area, count] of counts) {
    if (count > bestCount) [best, bestCount] = [area, count]
  }
  return best
}

/** Appends the slug to a module's items by editing the text, so the author's comments and layout survive. */
function placeInTrack({
  trackFile,
  trackText,
  slug,
  module,
}: {
  trackFile: string
  trackText: string
  slug: string
  module?: string
}) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(trackText, { lineCounter })
  if (doc.errors.length > 0) {
    throw new ScaffoldUsageError(
      `${trackFile} has YAML errors; run drill problems check ${trackFile} first.`,
    )
  }
  const modules = doc.get('modules')
  if (!isSeq(modules) || modules.items.length === 0)
    throw new ScaffoldUsageError(`${trackFile} has no modules to add the problem to.`)
  const moduleSlugs = modules.items.map((item) => (isMap(item) ? String(item.get('slug')) : ''))
  const index = module === undefined ? moduleSlugs.length - 1 : moduleSlugs.indexOf(module)
  if (index === -1) {
    throw new ScaffoldUsageError(
      `Track ${path.basename(trackFile)} has no module "${module}" (modules: ${moduleSlugs.join(', ')}).`,
    )
  }
  const allItems = modules.items.flatMap((item) => {
    const items = isMap(item) ? item.get('items') : undefined
    return isSeq(items)
      ? items.items.map((value) => String(isScalar(value) ? value.value : value))
      : []
  })
  const target = modules.items[index]
  const items = isMap(target) ? target.get('items', true) : undefined
  let text: string
  if (isSeq(items) && items.range) {
    text = appendToSequence({ text: trackText, seq: items, slug, lineCounter })
  } else if (isMap(target) && target.range) {
    const end = target.range[1]
    const lineStart = trackText.lastIndexOf('\n', target.range[0] - 1) + 1
    const indent = ' '.repeat(target.range[0] - lineStart)
    text = `${trackText.slice(0, end).replace(/\s*$/, '')}\n${indent}items: [${slug}]\n${trackText.slice(end).replace(/^\s*\n/, '')}`
  } else {
    throw new ScaffoldUsageError(
      `Module ${moduleSlugs[index]} of ${trackFile} is not a mapping; fix the track file first.`,
    )
  }
  return { text, module: moduleSlugs[index], allItems }
}

function appendToSequence({
  text,
  seq,
  slug,
  lineCounter,
}: {
  text: string
  seq: YAMLSeq
  slug: string
  lineCounter: LineCounter
}) {
  const [start, valueEnd] = seq.range!
  if (seq.flow) {
    const close = text.lastIndexOf(']', valueEnd)
    const inside = text.slice(start + 1, close).trim()
    const insertion = inside === '' ? slug : `${inside.endsWith(',') ? ' ' : ', '}${slug}`
    const before = text.slice(0, close).replace(/\s*$/, '')
    return `${before}${insertion}${text.slice(close)}`
  }
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] } | undefined
  const lastEnd = last?.range?.[1] ?? valueEnd
  const column = lineCounter.linePos(start).col - 1
  const lineEnd = text.indexOf('\n', lastEnd)
  const at = lineEnd === -1 ? text.length : lineEnd
  return `${text.slice(0, at)}\n${' '.repeat(column)}- ${slug}${text.slice(at)}`
}

function camelCase(slug: string) {
  return slug.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}

function pascalCase(slug: string) {
  const camel = camelCase(slug)
  return camel.charAt(0).toUpperCase() + camel.slice(1)
}

/** The text of each scaffolded file, keyed by its path inside the problem folder. */
export function scaffoldFiles({
  slug,
  harness = 'function',
}: {
  slug: string
  harness?: (typeof harnesses)[number]
}) {
  const todo = placeholderMarker
  const isClass = harness === 'class'
  const entry = /^[a-z]/.test(slug)
    ? isClass
      ? pascalCase(slug)
      : camelCase(slug)
    : `${isClass ? 'P' : 'p'}${camelCase(slug)}`
  const signature = isClass
    ? `class ${entry} { constructor(${todo}: unknown); method(${todo}: unknown): unknown }`
    : `function ${entry}(${todo}: unknown): unknown`
  const code = (why: string) =>
    isClass
      ? `class ${entry} {\n  constructor() {\n    // ${todo}: ${why}\n  }\n}\n`
      : `function ${entry}(input: unknown): unknown {\n  // ${todo}: ${why}\n  return input\n}\n`
  const exampleInput = isClass
    ? `    ops: [[new], [method, 1]]   # ${todo}: the operations`
    : `    args: [[1, 2, 3]]           # ${todo}: the argument list`
  const exampleExpected = isClass
    ? `    expected: [null, 1]         # ${todo}: one value per operation`
    : `    expected: 6                 # ${todo}: the answer`
  const generated = isClass
    ? `      const ops = [['new']]\n      for (let i = 0; i < 100000; i++) ops.push(['method', rng.int(-1000, 1000)])\n      return { ops }`
    : `      const values = []\n      for (let i = 0; i < 100000; i++) values.push(rng.int(-1000, 1000))\n      return { args: [values] }`
  return {
    'problem.md': `---
slug: ${slug}
title: ${todo} Title in a few words
kind: code
difficulty: medium         # easy | medium | hard
tags: [${todo}]
roles: [backend, cloud-infra, sre]
harness: ${harness}
entry: ${entry}
signature: "${signature}"
comparator: exact          # exact | unordered | float | any-of | checker (see problems/README.md)
---

${todo}: the statement, in your own words. Say what the input is, what to return, give two or three
worked examples (they are also the visible tests) and the constraints the hidden tests respect.
`,
    'starter.ts': code('what the candidate starts from: the signature and a short comment.'),
    'solution.ts': code('the reference solution; every test must accept it.'),
    'tests.yaml': `# Test ids are stable: never renumber or reuse one. A problem needs at least 12 tests, at least 2 visible
# (the statement's examples), edge cases (empty, one element, duplicates, negatives, extremes) and one
# large generated input that the naive solution in wrong/ cannot finish within the tick budget.
tests:
  - id: 1
    name: example 1
    visible: true
${exampleInput}
${exampleExpected}
  - id: 2
    name: example 2
    visible: true
${exampleInput}
${exampleExpected}
  - id: 3
    name: large input
    generate: |
      // ${todo}: build a large input with rng.next(), rng.int(lo, hi), rng.pick(array), rng.shuffle(array)
${generated}
`,
    'wrong/naive.ts': `// expect: time_limit
// ${todo}: name the mistake (here the naive complexity) and why the tests catch it.
${code('a realistic wrong solution; the header above says which verdict it must get.')}`,
    'hints.md': `## Hint 1
${todo}: a gentle nudge towards the right idea.

## Hint 2
${todo}: the key observation, stated plainly.
`,
    'editorial.md': `${todo}: the approach, its time and space complexity, and the pitfalls the wrong solutions fall into.
`,
  }
}
