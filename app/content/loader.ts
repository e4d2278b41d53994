import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type ContentError } from './errors'
import { loadDesignProblem } from './design'
import { loadIncidentProblem } from './incident'
import { loadQuizProblem } from './quiz'
import { loadSimProblem } from './sim'
import {
  codeFrontmatterSchema,
  expectedVerdicts,
  frontmatterSchema,
  incidentFrontmatterSchema,
  designFrontmatterSchema,
  quizFrontmatterSchema,
  simFrontmatterSchema,
  placeholderMarker,
  problemKinds,
  slugSchema,
  testCaseSchema,
  testsFileSchema,
  trackModuleSchema,
  trackSchema,
  type CodeFrontmatter,
  type ExpectedVerdict,
  type TrackFile,
} from './schema'
import {
  type CodeProblem,
  type Hint,
  type Problem,
  type ProblemTest,
  type Track,
  type WrongSolution,
} from './types'
import { parseYamlSource, sortErrors, validateYaml } from './yaml-source'

export interface LoadedContent {
  tracks: Track[]
  /** Problems that loaded without errors, sorted by area then slug. */
  problems: Problem[]
  errors: ContentError[]
}

export interface LoadedProblem {
  problem?: Problem
  errors: ContentError[]
}

export const tracksFolder = 'tracks'
const codeFiles = [
  'problem.md',
  'starter.ts',
  'solution.ts',
  'tests.yaml',
  'hints.md',
  'editorial.md',
] as const

/** Reads every track and problem under `root` (the `problems/` folder); a broken file never stops the rest. */
export function loadContent({ root }: { root: string }): LoadedContent {
  const errors: ContentError[] = []
  const problems: Problem[] = []
  const folders = listProblemFolders({ root })
  errors.push(...folders.errors)

  const seenAt = new Map<string, string>()
  for (const dir of folders.dirs) {
    const slug = path.basename(dir)
    const previous = seenAt.get(slug)
    if (previous !== undefined) {
      errors.push({
        file: path.join(dir, 'problem.md'),
        line: 1,
        message: `slug "${slug}" is already used by ${previous}; problem slugs are unique across areas`,
        slug,
      })
      continue
    }
    seenAt.set(slug, dir)
    const loaded = loadProblem(dir)
    errors.push(...loaded.errors)
    if (loaded.problem) problems.push(loaded.problem)
  }

  const loadedSlugs = new Set(problems.map((problem) => problem.slug))
  const tracks: Track[] = []
  for (const file of listTrackFiles({ root })) {
    const loaded = loadTrack({ file, knownSlugs: new Set(seenAt.keys()) })
    errors.push(...loaded.errors)
    if (!loaded.track) continue
    tracks.push({
      ...loaded.track,
      modules: loaded.track.modules.map((module) => ({
        ...module,
        items: module.items.filter((slug) => loadedSlugs.has(slug)),
      })),
    })
  }
  return { tracks, problems, errors: sortErrors(errors) }
}

/** Problem folders are `<root>/<area>/<slug>/`; anything else at that depth is reported. */
export function listProblemFolders({ root }: { root: string }): {
  dirs: string[]
  errors: ContentError[]
} {
  const dirs: string[] = []
  const errors: ContentError[] = []
  if (!existsSync(root)) {
    errors.push({ file: root, line: 1, message: `content folder ${root} does not exist` })
    return { dirs, errors }
  }
  for (const area of listSubfolders(root)) {
    if (area === tracksFolder) continue
    const areaDir = path.join(root, area)
    if (existsSync(path.join(areaDir, 'problem.md'))) {
      errors.push({
        file: path.join(areaDir, 'problem.md'),
        line: 1,
        message: `problem folders go one level deeper, in ${root}/<area>/<slug>/`,
      })
      continue
    }
    for (const slug of listSubfolders(areaDir)) dirs.push(path.join(areaDir, slug))
  }
  return { dirs, errors }
}

export function listTrackFiles({ root }: { root: string }) {
  const dir = path.join(root, tracksFolder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Every problem slug a track file lists, whether or not the file is otherwise valid. */
export function listTrackItems({ file }: { file: string }): string[] {
  const value = parseYamlSource({ file, text: readText(file) }).value as
    | { modules?: { items?: unknown }[] }
    | undefined
  if (!Array.isArray(value?.modules)) return []
  return value.modules.flatMap((module) =>
    Array.isArray(module?.items) ? module.items.filter((item) => typeof item === 'string') : [],
  )
}

function listSubfolders(dir: string) {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules',
    )
    .map((entry) => entry.name)
    .sort()
}

/** Parses one track file and checks its references against the problem slugs that exist. */
export function loadTrack({
  file,
  knownSlugs,
  text = readFileSync(file, 'utf8'),
}: {
  file: string
  knownSlugs: ReadonlySet<string>
  /** The file's text when it is not on disk (a track written in the browser). */
  text?: string
}): {
  track?: Track
  errors: ContentError[]
} {
  const slug = path.basename(file).replace(/\.ya?ml$/, '')
  const source = parseYamlSource({ file, text })
  if (source.errors.length > 0) return { errors: source.errors }
  const errors: ContentError[] = []
  if (!slugSchema.safeParse(slug).success)
    errors.push({
      file,
      line: 1,
      message: `the file name "${slug}" must be a slug (lowercase words joined by -)`,
    })
  const { data, errors: schemaErrors } = validateYaml({
    source,
    schema: trackSchema,
    describePath: (segments) => {
      const raw = source.value as { modules?: { slug?: unknown }[] } | undefined
      if (segments[0] !== 'modules' || typeof segments[1] !== 'number' || segments.length < 3)
        return ''
      const moduleSlug = raw?.modules?.[segments[1]]?.slug
      return typeof moduleSlug === 'string'
        ? `module ${moduleSlug}: `
        : `module ${segments[1] + 1}: `
    },
    knownKeys: (segments) =>
      segments.length === 0 ? Object.keys(trackSchema.shape) : Object.keys(trackModuleSchema.shape),
  })
  errors.push(...schemaErrors)
  if (!data) return { errors: sortErrors(errors) }

  errors.push(...checkTrackReferences({ track: data, file, knownSlugs, locate: source.locate }))
  if (errors.length > 0) return { errors: sortErrors(errors) }
  return { track: { slug, file, ...data }, errors: [] }
}

function checkTrackReferences({
  track,
  file,
  knownSlugs,
  locate,
}: {
  track: TrackFile
  file: string
  knownSlugs: ReadonlySet<string>
  locate: (segments: (string | number)[]) => { line: number }
}) {
  const errors: ContentError[] = []
  const at = (segments: (string | number)[], message: string) =>
    errors.push({ file, line: locate(segments).line, message })
  const moduleIndex = new Map<string, number>()
  const itemModule = new Map<string, string>()
  track.modules.forEach((module, m) => {
    if (moduleIndex.has(module.slug))
      at(['modules', m, 'slug'], `module slug "${module.slug}" is used twice in this track`)
    else moduleIndex.set(module.slug, m)
    module.items.forEach((item, i) => {
      if (!knownSlugs.has(item))
        at(
          ['modules', m, 'items', i],
          `unknown problem "${item}": no folder <area>/${item}/ exists`,
        )
      const other = itemModule.get(item)
      if (other !== undefined)
        at(['modules', m, 'items', i], `problem "${item}" is already listed in module ${other}`)
      else itemModule.set(item, module.slug)
    })
  })
  track.modules.forEach((module, m) => {
    module.requires.forEach((required, r) => {
      if (required === module.slug)
        at(['modules', m, 'requires', r], `module ${module.slug} cannot require itself`)
      else if (!moduleIndex.has(required))
        at(
          ['modules', m, 'requires', r],
          `requires "${required}", which is not a module of this track`,
        )
    })
  })
  const cycle = findRequirementCycle(track)
  if (cycle) {
    const m = moduleIndex.get(cycle[0]) ?? 0
    at(['modules', m, 'requires'], `modules require each other in a cycle: ${cycle.join(' → ')}`)
  }
  return errors
}

function findRequirementCycle(track: TrackFile): string[] | undefined {
  const requires = new Map(track.modules.map((module) => [module.slug, module.requires]))
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (slug: string): string[] | undefined => {
    if (state.get(slug) === 'done') return undefined
    if (state.get(slug) === 'visiting') return [...stack.slice(stack.indexOf(slug)), slug]
    state.set(slug, 'visiting')
    stack.push(slug)
    for (const next of requires.get(slug) ?? []) {
      if (next === slug || !requires.has(next)) continue
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(slug, 'done')
    return undefined
  }
  for (const module of track.modules) {
    const cycle = visit(module.slug)
    if (cycle) return cycle
  }
  return undefined
}

/** Reads one problem folder; returns the problem only when it has no errors. */
export function loadProblem(dir: string): LoadedProblem {
  const folderSlug = path.basename(dir)
  const errors: ContentError[] = []
  const problemFile = path.join(dir, 'problem.md')
  if (!existsSync(problemFile)) {
    return {
      errors: [{ file: problemFile, line: 1, message: 'problem.md is missing', slug: folderSlug }],
    }
  }
  const markdown = readText(problemFile)
  const split = splitFrontmatter({ file: problemFile, markdown })
  if ('error' in split) return { errors: [{ ...split.error, slug: folderSlug }] }

  const source = parseYamlSource({ file: problemFile, text: split.frontmatter, lineOffset: 1 })
  if (source.errors.length > 0)
    return { errors: source.errors.map((error) => ({ ...error, slug: folderSlug })) }
  const kind = (source.value as { kind?: unknown } | null)?.kind
  if (typeof kind === 'string' && !(problemKinds as readonly string[]).includes(kind)) {
    const message = `kind "${kind}" is not supported yet (supported: ${problemKinds.join(', ')})`
    return {
      errors: [
        { file: problemFile, line: source.locate(['kind']).line, message, slug: folderSlug },
      ],
    }
  }
  const { data: frontmatter, errors: frontmatterErrors } = validateYaml({
    source,
    schema: frontmatterSchema,
    knownKeys: (segments) =>
      segments.length === 0
        ? Object.keys(
            kind === 'incident'
              ? incidentFrontmatterSchema.shape
              : kind === 'design'
                ? designFrontmatterSchema.shape
                : kind === 'quiz'
                  ? quizFrontmatterSchema.shape
                  : kind === 'sim'
                    ? simFrontmatterSchema.shape
                    : codeFrontmatterSchema.shape,
          )
        : ['budgetFactor', 'budgetFloor', 'timeMs'],
  })
  errors.push(...frontmatterErrors)
  if (frontmatter && frontmatter.slug !== folderSlug) {
    errors.push({
      file: problemFile,
      line: source.locate(['slug']).line,
      message: `slug "${frontmatter.slug}" must equal the folder name "${folderSlug}"`,
    })
  }
  if (split.body.trim() === '') {
    errors.push({
      file: problemFile,
      line: split.bodyLine,
      message: 'the statement after the frontmatter is empty',
    })
  }
  if (!frontmatter) return { errors: withSlug(errors, folderSlug) }

  errors.push(...findPlaceholders(dir))
  const problem =
    frontmatter.kind === 'incident'
      ? loadIncidentProblem({
          dir,
          frontmatter,
          statement: split.body,
          statementLine: split.bodyLine,
          errors,
          parseHints,
          hash: hashProblemFolder,
        })
      : frontmatter.kind === 'design'
        ? loadDesignProblem({ dir, frontmatter, statement: split.body, statementLine: split.bodyLine, errors, parseHints, hash: hashProblemFolder })
        : frontmatter.kind === 'quiz'
          ? loadQuizProblem({ dir, frontmatter, statement: split.body, statementLine: split.bodyLine, errors, hash: hashProblemFolder })
          : frontmatter.kind === 'sim'
            ? loadSimProblem({
                dir,
                frontmatter,
                statement: split.body,
                statementLine: split.bodyLine,
                errors,
                parseHints,
                loadWrongSolutions,
                hash: hashProblemFolder,
              })
            : loadCodeProblem({
              dir,
              frontmatter,
              statement: split.body,
              statementLine: split.bodyLine,
              locateFrontmatter: source.locate,
              errors,
            })
  return errors.length > 0 || !problem
    ? { errors: withSlug(sortErrors(errors), folderSlug) }
    : { problem, errors: [] }
}

function withSlug(errors: ContentError[], slug: string) {
  return errors.map((error) => ({ ...error, slug }))
}

function readText(file: string) {
  // Normalised so that a Windows checkout hashes and reports lines like everyone else's.
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
}

function splitFrontmatter({
  file,
  markdown,
}: {
  file: string
  markdown: string
}): { frontmatter: string; body: string; bodyLine: number } | { error: ContentError } {
  const lines = markdown.split('\n')
  if (lines[0]?.trim() !== '---') {
    return {
      error: {
        file,
        line: 1,
        message: 'problem.md must start with a frontmatter block opened by a --- line',
      },
    }
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
  if (close === -1) {
    return {
      error: {
        file,
        line: 1,
        message: 'the frontmatter block is never closed: add a --- line after it',
      },
    }
  }
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  }
}

function loadCodeProblem({
  dir,
  frontmatter,
  statement,
  statementLine,
  locateFrontmatter,
  errors,
}: {
  dir: string
  frontmatter: CodeFrontmatter
  statement: string
  statementLine: number
  locateFrontmatter: (segments: (string | number)[]) => { line: number }
  errors: ContentError[]
}): CodeProblem | undefined {
  const file = (name: string) => path.join(dir, name)
  for (const name of codeFiles) {
    if (name !== 'problem.md' && !existsSync(file(name)))
      errors.push({ file: file(name), line: 1, message: `${name} is missing` })
  }
  const hasChecker = existsSync(file('checker.ts'))
  if (frontmatter.comparator === 'checker' && !hasChecker) {
    errors.push({
      file: file('problem.md'),
      line: locateFrontmatter(['comparator']).line,
      message: 'comparator checker needs a checker.ts beside problem.md',
    })
  }
  if (frontmatter.comparator !== 'checker' && hasChecker) {
    errors.push({
      file: file('checker.ts'),
      line: 1,
      message: 'checker.ts is only used with comparator: checker',
    })
  }
  const read = (name: string) => (existsSync(file(name)) ? readText(file(name)) : undefined)

  const tests = existsSync(file('tests.yaml'))
    ? loadTests({ file: file('tests.yaml'), frontmatter, errors })
    : undefined
  const wrongSolutions = loadWrongSolutions({ dir, errors })
  const hintsText = read('hints.md')
  const hints =
    hintsText === undefined
      ? undefined
      : parseHints({ file: file('hints.md'), markdown: hintsText, errors })
  const editorial = read('editorial.md')
  if (editorial !== undefined && editorial.trim() === '')
    errors.push({ file: file('editorial.md'), line: 1, message: 'editorial.md is empty' })
  const starter = read('starter.ts')
  const solution = read('solution.ts')
  const checker = hasChecker ? read('checker.ts') : undefined

  if (
    errors.length > 0 ||
    !tests ||
    !hints ||
    editorial === undefined ||
    starter === undefined ||
    solution === undefined
  )
    return undefined
  return {
    kind: 'code',
    slug: frontmatter.slug,
    area: path.basename(path.dirname(dir)),
    dir,
    frontmatter,
    statement,
    statementLine,
    starter: { file: file('starter.ts'), code: starter, language: 'typescript' },
    solution: { file: file('solution.ts'), code: solution, language: 'typescript' },
    checker:
      checker === undefined
        ? undefined
        : { file: file('checker.ts'), code: checker, language: 'typescript' },
    tests,
    wrongSolutions,
    hints,
    editorial,
    hash: hashProblemFolder(dir),
  }
}

function loadTests({
  file,
  frontmatter,
  errors,
}: {
  file: string
  frontmatter: CodeFrontmatter
  errors: ContentError[]
}) {
  const source = parseYamlSource({ file, text: readText(file) })
  if (source.errors.length > 0) {
    errors.push(...source.errors)
    return undefined
  }
  const rawTests = (source.value as { tests?: unknown } | null)?.tests
  const rawTest = (index: number) =>
    Array.isArray(rawTests) ? (rawTests[index] as Record<string, unknown> | undefined) : undefined
  const testLabel = (index: number) => {
    const id = rawTest(index)?.id
    return typeof id === 'number' ? `test ${id}: ` : `test #${index + 1}: `
  }
  const { data, errors: schemaErrors } = validateYaml({
    source,
    schema: testsFileSchema,
    knownKeys: () => ['tests'],
  })
  errors.push(...schemaErrors)
  if (!data) return undefined

  const tests: ProblemTest[] = []
  const lineOfId = new Map<number, number>()
  const isFunction = frontmatter.harness === 'function'
  data.tests.forEach((_, index) => {
    // Each test is validated on its own so that one bad test does not hide the others' mistakes.
    const { data: test, errors: testErrors } = validateYaml({
      source,
      schema: testCaseSchema,
      at: ['tests', index],
      describePath: () => testLabel(index),
      knownKeys: () => Object.keys(testCaseSchema.shape),
    })
    errors.push(...testErrors)
    if (!test) return
    const line = source.locate(['tests', index]).line
    const at = (segments: (string | number)[], message: string) =>
      errors.push({
        file,
        line: source.locate(['tests', index, ...segments]).line,
        message: `test ${test.id}: ${message}`,
      })
    const hasExpected = Object.prototype.hasOwnProperty.call(rawTest(index) ?? {}, 'expected')

    const previousLine = lineOfId.get(test.id)
    if (previousLine !== undefined)
      at(
        ['id'],
        `id ${test.id} is already used by the test on line ${previousLine}; ids are unique and never reused`,
      )
    else lineOfId.set(test.id, line)

    const input = isFunction ? 'args' : 'ops'
    const wrongInput = isFunction ? 'ops' : 'args'
    if (test[wrongInput] !== undefined)
      at(
        [wrongInput],
        `${wrongInput} does not apply to harness ${frontmatter.harness}; use ${input}`,
      )
    if (test.generate !== undefined && test[input] !== undefined)
      at([input], `give either ${input} or generate, not both`)
    if (test.generate === undefined && test[input] === undefined)
      at([], `${input} is missing (or a generate script)`)
    if (test.generate === undefined && !hasExpected) at([], 'expected is missing')

    if (
      isFunction &&
      test.args &&
      frontmatter.params &&
      test.args.length !== frontmatter.params.length
    ) {
      at(
        ['args'],
        `args has ${test.args.length} values but params lists ${frontmatter.params.length}`,
      )
    }
    if (isFunction && test.args && frontmatter.params) {
      frontmatter.params.forEach((type, i) => {
        if (type !== 'json' && i < test.args!.length && !Array.isArray(test.args![i]))
          at(['args', i], `argument ${i + 1} must be an array (params says ${type})`)
      })
    }
    if (!isFunction && test.ops) {
      if (test.ops[0][0] !== 'new')
        at(['ops', 0], 'the first operation must be the constructor, written [new, ...args]')
      test.ops.forEach((op, i) => {
        if (i > 0 && (typeof op[0] !== 'string' || op[0] === 'new'))
          at(['ops', i], `operation ${i + 1} must start with a method name`)
      })
      if (
        hasExpected &&
        (!Array.isArray(test.expected) || test.expected.length !== test.ops.length)
      ) {
        at(
          ['expected'],
          `expected must be a list with one value per operation (${test.ops.length})`,
        )
      }
    }
    if (
      frontmatter.comparator === 'any-of' &&
      hasExpected &&
      (!Array.isArray(test.expected) || test.expected.length === 0)
    ) {
      at(
        ['expected'],
        'with comparator any-of, expected must be a non-empty list of acceptable answers',
      )
    }
    tests.push({
      id: test.id,
      name: test.name,
      visible: test.visible,
      args: test.args,
      ops: test.ops,
      expected: hasExpected ? test.expected : undefined,
      hasExpected,
      generate: test.generate,
      line,
    })
  })
  return tests
}

/** Reads wrong/*.ts (or .js), each with its `// expect:` header; a problem needs at least one. */
export function loadWrongSolutions({ dir, errors }: { dir: string; errors: ContentError[] }) {
  const wrongDir = path.join(dir, 'wrong')
  const names =
    existsSync(wrongDir) && statSync(wrongDir).isDirectory()
      ? readdirSync(wrongDir)
          .filter((name) => !name.startsWith('.'))
          .sort()
      : []
  const solutions: WrongSolution[] = []
  for (const fileName of names) {
    const file = path.join(wrongDir, fileName)
    if (!/\.(ts|js)$/.test(fileName)) {
      errors.push({ file, line: 1, message: `wrong/${fileName} must be a .ts or .js file` })
      continue
    }
    const code = readText(file)
    const header = parseExpectHeader(code)
    if ('error' in header) {
      errors.push({ file, line: header.line, message: header.error })
      continue
    }
    solutions.push({
      file,
      name: `wrong/${fileName}`,
      code,
      language: fileName.endsWith('.ts') ? 'typescript' : 'javascript',
      expect: header.expect,
      why: header.why,
      expectLine: header.line,
    })
  }
  if (names.length === 0) {
    errors.push({
      file: wrongDir,
      line: 1,
      message:
        'a problem needs at least one wrong solution in wrong/ (a realistic mistake its tests must reject)',
    })
  }
  return solutions
}

/** Reads the `// expect: <verdict>` header from the leading comment lines of a wrong solution. */
export function parseExpectHeader(
  code: string,
): { expect: ExpectedVerdict; why: string; line: number } | { error: string; line: number } {
  const lines = code.split('\n')
  const why: string[] = []
  let found: { expect: string; line: number } | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line === '') continue
    if (!line.startsWith('//')) break
    const comment = line.replace(/^\/\/\s?/, '')
    const match = /^expect\s*:\s*(\S*)\s*$/.exec(comment)
    if (match && !found) found = { expect: match[1], line: i + 1 }
    else why.push(comment)
  }
  if (!found) {
    return {
      line: 1,
      error: `the file must start with a header comment naming its verdict, like "// expect: wrong_answer"`,
    }
  }
  if (!(expectedVerdicts as readonly string[]).includes(found.expect)) {
    return {
      line: found.line,
      error: `expect must be one of ${expectedVerdicts.join(', ')}, not "${found.expect}"`,
    }
  }
  return { expect: found.expect as ExpectedVerdict, why: why.join(' ').trim(), line: found.line }
}

/** Splits hints.md into hints, one per `## ` heading, in order. */
export function parseHints({
  file,
  markdown,
  errors,
}: {
  file: string
  markdown: string
  errors: ContentError[]
}): Hint[] {
  const hints: (Hint & { line: number })[] = []
  const lines = markdown.split('\n')
  let inFence = false
  lines.forEach((line, i) => {
    if (/^(```|~~~)/.test(line.trim())) inFence = !inFence
    if (!inFence && line.startsWith('## ')) {
      hints.push({ title: line.slice(3).trim(), markdown: '', line: i + 1 })
      return
    }
    const current = hints[hints.length - 1]
    if (current) current.markdown += `${line}\n`
    else if (line.trim() !== '')
      errors.push({
        file,
        line: i + 1,
        message: 'text before the first "## " heading belongs to no hint',
      })
  })
  if (hints.length === 0)
    errors.push({
      file,
      line: 1,
      message: 'hints.md has no hints: start each hint with a "## " heading',
    })
  for (const hint of hints) {
    hint.markdown = hint.markdown.trim()
    if (hint.markdown === '')
      errors.push({ file, line: hint.line, message: `hint "${hint.title}" is empty` })
  }
  return hints.map(({ title, markdown }) => ({ title, markdown }))
}

/** Every line of the problem's files that still holds a scaffold placeholder. */
export function findPlaceholders(dir: string): ContentError[] {
  const errors: ContentError[] = []
  for (const relative of listFilesRecursively(dir)) {
    const text = readText(path.join(dir, relative))
    if (!text.includes(placeholderMarker)) continue
    text.split('\n').forEach((line, i) => {
      if (line.includes(placeholderMarker)) {
        const text = line.trim().length > 70 ? `${line.trim().slice(0, 67)}...` : line.trim()
        errors.push({
          file: path.join(dir, relative),
          line: i + 1,
          message: `replace the placeholder: ${text}`,
        })
      }
    })
  }
  return errors
}

/** sha256 over every file in the problem folder (sorted by relative path, line endings normalised). */
export function hashProblemFolder(dir: string) {
  const hash = createHash('sha256')
  for (const relative of listFilesRecursively(dir)) {
    hash.update(relative)
    hash.update('\0')
    hash.update(readText(path.join(dir, relative)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

function listFilesRecursively(dir: string, prefix = ''): string[] {
  const files: string[] = []
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...listFilesRecursively(dir, relative))
    else if (entry.isFile()) files.push(relative)
  }
  return files.sort()
}
