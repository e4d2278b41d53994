import { randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { create as createTar, Header, list as listTar } from 'tar'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool } from '~/judge/pool.server'
import { syncContent } from '~/models/content.server'
import { getDatabase } from '~/models/db.server'
import {
  ArchiveUsageError,
  checkWithJudge,
  exportArchive,
  ExportError,
  importArchive,
  manifestName,
  type ArchiveCheck,
  type ArchiveManifest,
} from './archive'
import { formatContentError } from './errors'
import { hashProblemFolder, loadContent } from './loader'
import { copyFixture, editFile, fixturesDir, lineOf } from './test-fixtures'
import { type Problem } from './types'

const fixtureRoot = path.join(fixturesDir, 'problems')
const now = new Date('2025-01-02T03:04:05Z')
/** Skips the judge: these tests are about archives; the round trip below runs the real check once. */
const noCheck: ArchiveCheck = async () => []

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'drill-archive-test-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function fixtureCopy(name = 'problems') {
  const copy = copyFixture(name)
  cleanups.push(copy.remove)
  return copy.root
}

/** Every file under `dir` with its content: a root "changed nothing" when this is equal before and after. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full) + (entry.isDirectory() ? '/' : '')] = entry.isFile()
      ? readFileSync(full, 'utf8')
      : ''
  }
  return files
}

function summary(problems: Problem[]) {
  return problems.map((problem) => ({
    slug: problem.slug,
    area: problem.area,
    hash: problem.hash,
    testIds: problem.kind === 'code' ? problem.tests.map((test) => test.id) : [],
  }))
}

async function entriesOf(archive: string) {
  const names: string[] = []
  await listTar({ file: archive, onReadEntry: (entry) => void names.push(entry.path) })
  return names
}

async function readManifest(archive: string): Promise<ArchiveManifest> {
  const dir = tempDir()
  const { extract } = await import('tar')
  await extract({ file: archive, cwd: dir }, [manifestName])
  return JSON.parse(readFileSync(path.join(dir, manifestName), 'utf8')) as ArchiveManifest
}

interface RawEntry {
  path: string
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link'
  body?: string
  linkpath?: string
}

/** A .tar.gz written block by block, so that a test can put in what no honest tool would. */
function rawArchive(entries: RawEntry[]) {
  const blocks: Buffer[] = []
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '')
    const header = new Header({
      path: entry.path,
      type: entry.type ?? 'File',
      size: entry.type === undefined || entry.type === 'File' ? body.length : 0,
      mode: 0o644,
      mtime: now,
      linkpath: entry.linkpath,
    })
    const block = Buffer.alloc(512)
    header.encode(block, 0)
    blocks.push(block)
    if (body.length > 0 && (entry.type ?? 'File') === 'File') {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512))
    }
  }
  blocks.push(Buffer.alloc(1024))
  const file = path.join(tempDir(), 'raw.tar.gz')
  writeFileSync(file, gzipSync(Buffer.concat(blocks)))
  return file
}

function messages(errors: { file: string; line: number; message: string }[]) {
  return errors.map((error) => formatContentError(error))
}

describe('exportArchive', () => {
  it('writes a track with its problems and a manifest, sorted, and the same bytes for the same content and time', async () => {
    const dir = tempDir()
    const first = await exportArchive({
      root: fixtureRoot,
      track: 'basics',
      out: path.join(dir, 'a.tar.gz'),
      now,
    })
    const second = await exportArchive({
      root: fixtureRoot,
      track: 'basics',
      out: path.join(dir, 'b.tar.gz'),
      now,
    })
    expect(readFileSync(first.out).equals(readFileSync(second.out))).toBe(true)

    const names = await entriesOf(first.out)
    expect(names[0]).toBe(manifestName)
    expect(names.slice(1)).toEqual([...names.slice(1)].sort())
    expect(names).toContain('problems/basics/has-duplicate/wrong/all-pairs.ts')
    expect(names).toContain('problems/tracks/basics.yaml')
    expect(names.every((name) => !path.isAbsolute(name) && !name.includes('..'))).toBe(true)

    const manifest = await readManifest(first.out)
    expect(manifest).toMatchObject({
      format: 'drill-export',
      version: 1,
      createdAt: now.toISOString(),
    })
    expect(manifest.problems).toEqual([
      {
        slug: 'has-duplicate',
        area: 'basics',
        path: 'problems/basics/has-duplicate',
        hash: hashProblemFolder(path.join(fixtureRoot, 'basics/has-duplicate')),
      },
      {
        slug: 'running-total',
        area: 'basics',
        path: 'problems/basics/running-total',
        hash: hashProblemFolder(path.join(fixtureRoot, 'basics/running-total')),
      },
    ])
    expect(manifest.tracks.map((track) => track.slug)).toEqual(['basics'])
  })

  it('exports one problem by slug, without tracks, and leaves dotfiles out', async () => {
    const root = fixtureCopy()
    writeFileSync(path.join(root, 'basics/running-total/.DS_Store'), 'litter')
    const result = await exportArchive({
      root,
      slugs: ['running-total'],
      out: path.join(tempDir(), 'one.tar.gz'),
      now,
    })
    expect(result.problems.map((problem) => problem.slug)).toEqual(['running-total'])
    expect(result.tracks).toEqual([])
    const names = await entriesOf(result.out)
    expect(
      names.filter((name) => name.includes('has-duplicate') || name.includes('tracks/')),
    ).toEqual([])
    expect(names.some((name) => name.includes('.DS_Store'))).toBe(false)
  })

  it('refuses symbolic links, unknown slugs and unknown tracks, and writes nothing', async () => {
    const root = fixtureCopy()
    const link = path.join(root, 'basics/has-duplicate/notes.md')
    symlinkSync('/etc/hostname', link)
    const out = path.join(tempDir(), 'x.tar.gz')
    const refused = await exportArchive({ root, slugs: ['has-duplicate'], out }).catch(
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(ExportError)
    expect(messages((refused as ExportError).errors)).toEqual([
      `${link}:1: is a symbolic link; an archive holds only plain files, so put the file itself here`,
    ])
    await expect(exportArchive({ root, slugs: ['nope'], out })).rejects.toThrow(ArchiveUsageError)
    await expect(exportArchive({ root, track: 'nope', out })).rejects.toThrow(
      'There is no track "nope"',
    )
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(path.dirname(out))).toEqual([])
  })
})

describe('importArchive', () => {
  let pool: ReturnType<typeof createJudgePool>
  beforeAll(() => {
    pool = createJudgePool({ workers: 2, queueLimit: 1000 })
  })
  afterAll(async () => {
    await pool.close()
  })

  it(
    'round trip: export then import into an empty folder and database gives the same problems, hashes and test ids',
    { timeout: 120_000 },
    async () => {
      const archive = path.join(tempDir(), 'basics.tar.gz')
      await exportArchive({ root: fixtureRoot, track: 'basics', out: archive, now })
      const root = path.join(tempDir(), 'content')

      const result = await importArchive({ archive, root, check: checkWithJudge({ judge: pool }) })
      expect(result.errors).toEqual([])
      expect(result).toMatchObject({
        imported: ['has-duplicate', 'running-total'],
        replaced: [],
        unchanged: [],
        tracks: ['basics'],
      })

      const source = loadContent({ root: fixtureRoot })
      const copy = loadContent({ root })
      expect(copy.errors).toEqual([])
      expect(summary(copy.problems)).toEqual(summary(source.problems))
      expect(copy.tracks.map(({ file: _file, ...track }) => track)).toEqual(
        source.tracks.map(({ file: _file, ...track }) => track),
      )

      const report = await syncContent({ content: copy })
      expect(report.created.sort()).toEqual(['has-duplicate', 'running-total'])
      const { sqlite } = getDatabase()
      for (const problem of summary(source.problems)) {
        const version = sqlite
          .prepare(
            'SELECT v.version, v.content_hash AS hash FROM problem_versions v JOIN problems p ON p.id = v.problem_id WHERE p.slug = ?',
          )
          .all(problem.slug)
        expect(version).toEqual([{ version: 1, hash: problem.hash }])
        const ids = sqlite
          .prepare(
            'SELECT t.test_id AS id FROM problem_test_ids t JOIN problems p ON p.id = t.problem_id WHERE p.slug = ? ORDER BY t.test_id',
          )
          .all(problem.slug)
          .map((row) => (row as { id: number }).id)
        expect(ids).toEqual([...problem.testIds].sort((a, b) => a - b))
      }

      const again = await importArchive({ archive, root, check: noCheck })
      expect(again).toMatchObject({
        imported: [],
        unchanged: ['has-duplicate', 'running-total'],
        tracks: [],
        errors: [],
      })
    },
  )

  it('changes nothing and lists every error when a problem in the archive is broken', async () => {
    const source = fixtureCopy()
    const tests = path.join(source, 'basics/has-duplicate/tests.yaml')
    editFile(tests, '  - id: 2\n', '  - id: 1\n')
    const archive = path.join(tempDir(), 'broken.tar.gz')
    await exportArchive({ root: source, track: 'basics', out: archive, now })

    const root = fixtureCopy('toothless')
    const before = snapshot(root)
    const seen: string[][] = []
    const check: ArchiveCheck = async ({ dirs }) => {
      seen.push(dirs.map((dir) => path.basename(dir)))
      return dirs
        .filter((dir) => path.basename(dir) === 'running-total')
        .map((dir) => ({
          file: path.join(dir, 'wrong/recount.ts'),
          line: 1,
          message: 'tests lack teeth: wrong/recount.ts was accepted',
          slug: 'running-total',
        }))
    }
    const result = await importArchive({ archive, root, check })
    const line = lineOf(tests, 'name: example 2') - 1 // the second "- id: 1"
    expect(readFileSync(tests, 'utf8').split('\n')[line - 1]).toBe('  - id: 1')
    expect(messages(result.errors)).toEqual([
      `problems/basics/has-duplicate/tests.yaml:${line}: test 1: id 1 is already used by the test on line 2; ids are unique and never reused`,
      'problems/basics/running-total/wrong/recount.ts:1: tests lack teeth: wrong/recount.ts was accepted',
    ])
    expect(result.imported).toEqual([])
    // Only the problem that loads is judged; the broken one's errors come from loading it.
    expect(seen).toEqual([['running-total']])
    expect(snapshot(root)).toEqual(before)
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses archives whose entries climb out, are absolute, are links or are too big, listing each', async () => {
    const escapee = `evil-${randomBytes(4).toString('hex')}.txt`
    const archive = rawArchive([
      { path: `../${escapee}`, body: 'x' },
      { path: `/tmp/${escapee}`, body: 'x' },
      { path: `problems/basics/x/../../../../${escapee}`, body: 'x' },
      { path: 'problems/basics/x/link.md', type: 'SymbolicLink', linkpath: '/etc/passwd' },
      { path: 'problems/basics/x/hard.md', type: 'Link', linkpath: 'problems/basics/x/problem.md' },
      { path: 'problems/basics/x/big.md', body: 'y'.repeat(2000) },
      { path: 'problems/basics/x/problem.md', body: '---\n' },
      { path: 'etc/passwd', body: 'x' },
    ])
    const root = path.join(tempDir(), 'content')
    const result = await importArchive({
      archive,
      root,
      check: noCheck,
      limits: { maxFileBytes: 1000 },
    })
    expect(result.errors.map((error) => error.message)).toEqual([
      `"../${escapee}" climbs out of the archive folder with ..`,
      `"/tmp/${escapee}" is an absolute path`,
      `"problems/basics/x/../../../../${escapee}" climbs out of the archive folder with ..`,
      '"problems/basics/x/link.md" is a symbolic link; an archive may hold only plain files and folders',
      '"problems/basics/x/hard.md" is a hard link; an archive may hold only plain files and folders',
      '"problems/basics/x/big.md" is 2.0 KB, over the 1000 bytes a file may have',
      '"etc/passwd" is outside problems/; a Drill archive holds drill-export.json, problems/tracks/<track>.yaml and problems/<area>/<slug>/...',
    ])
    expect(result.errors.every((error) => error.file === archive && error.line === 1)).toBe(true)
    expect(existsSync(root)).toBe(false)
    expect(existsSync(path.join(tmpdir(), escapee))).toBe(false)
    expect(existsSync(path.join(path.dirname(archive), '..', escapee))).toBe(false)
  })

  it('refuses an archive with too many files, and a file that is not a .tar.gz', async () => {
    const archive = path.join(tempDir(), 'basics.tar.gz')
    await exportArchive({ root: fixtureRoot, track: 'basics', out: archive, now })
    const root = path.join(tempDir(), 'content')
    const many = await importArchive({ archive, root, check: noCheck, limits: { maxFiles: 3 } })
    expect(many.errors.map((error) => error.message)).toEqual([
      'the archive holds more than 3 files',
    ])
    const text = path.join(tempDir(), 'notes.tar.gz')
    writeFileSync(text, 'not an archive')
    const garbage = await importArchive({ archive: text, root, check: noCheck })
    expect(garbage.errors[0].message).toMatch(/^the file is not a gzip-compressed tar archive/)
    await expect(
      importArchive({ archive: path.join(root, 'missing.tar.gz'), root, check: noCheck }),
    ).rejects.toThrow(ArchiveUsageError)
    expect(existsSync(root)).toBe(false)
  })

  it('refuses a slug that exists with other content unless replace, and skips identical problems', async () => {
    const edited = fixtureCopy()
    writeFileSync(path.join(edited, 'basics/has-duplicate/editorial.md'), 'A better editorial.\n')
    const archive = path.join(tempDir(), 'edited.tar.gz')
    await exportArchive({ root: edited, track: 'basics', out: archive, now })
    const root = fixtureCopy()
    const before = snapshot(root)

    const refused = await importArchive({ archive, root, check: noCheck })
    expect(messages(refused.errors)).toEqual([
      `problems/basics/has-duplicate/problem.md:1: "has-duplicate" already exists in ${root} with other content; import with replace (--replace) to make the archive's files its next version`,
    ])
    expect(snapshot(root)).toEqual(before)

    const dryRun = await importArchive({
      archive,
      root,
      check: noCheck,
      replace: true,
      dryRun: true,
    })
    expect(dryRun).toMatchObject({
      imported: ['has-duplicate'],
      replaced: ['has-duplicate'],
      errors: [],
      dryRun: true,
    })
    expect(snapshot(root)).toEqual(before)

    const replaced = await importArchive({ archive, root, check: noCheck, replace: true })
    expect(replaced).toMatchObject({
      imported: ['has-duplicate'],
      replaced: ['has-duplicate'],
      unchanged: ['running-total'],
      tracks: [],
      errors: [],
    })
    expect(readFileSync(path.join(root, 'basics/has-duplicate/editorial.md'), 'utf8')).toBe(
      'A better editorial.\n',
    )
    expect(hashProblemFolder(path.join(root, 'basics/has-duplicate'))).toBe(
      hashProblemFolder(path.join(edited, 'basics/has-duplicate')),
    )
  })

  it('resolves track items against the imported plus the existing problems (an archive made by hand)', async () => {
    const stage = tempDir()
    cpSync(
      path.join(fixtureRoot, 'basics/running-total'),
      path.join(stage, 'problems/basics/running-total'),
      {
        recursive: true,
      },
    )
    const trackFile = path.join(stage, 'problems/tracks/extra.yaml')
    mkdirSync(path.dirname(trackFile))
    const track = (items: string) =>
      `title: Extra\nroles: [backend]\ndescription: More practice.\nmodules:\n  - slug: more\n    title: More\n    items: [${items}]\n`
    writeFileSync(trackFile, track('has-duplicate, running-total, missing-one'))
    const archive = path.join(tempDir(), 'by-hand.tar.gz')
    const pack = () => createTar({ gzip: true, file: archive, cwd: stage }, ['problems'])
    await pack()

    const root = fixtureCopy()
    rmSync(path.join(root, 'basics/running-total'), { recursive: true })
    const failed = await importArchive({ archive, root, check: noCheck })
    expect(messages(failed.errors)).toEqual([
      'problems/tracks/extra.yaml:7: unknown problem "missing-one": no folder <area>/missing-one/ exists',
    ])

    writeFileSync(trackFile, track('has-duplicate, running-total'))
    await pack()
    const imported = await importArchive({ archive, root, check: noCheck })
    expect(imported).toMatchObject({ imported: ['running-total'], tracks: ['extra'], errors: [] })
    const content = loadContent({ root })
    expect(content.errors).toEqual([])
    expect(
      content.tracks.find((candidate) => candidate.slug === 'extra')?.modules[0].items,
    ).toEqual(['has-duplicate', 'running-total'])
  })

  it('reports an archive changed after export (the manifest no longer matches)', async () => {
    const archive = path.join(tempDir(), 'basics.tar.gz')
    await exportArchive({ root: fixtureRoot, slugs: ['running-total'], out: archive, now })
    const stage = tempDir()
    const { extract } = await import('tar')
    await extract({ file: archive, cwd: stage })
    writeFileSync(
      path.join(stage, 'problems/basics/running-total/editorial.md'),
      'Edited by hand.\n',
    )
    await createTar({ gzip: true, file: archive, cwd: stage }, [manifestName, 'problems'])
    const result = await importArchive({
      archive,
      root: path.join(tempDir(), 'content'),
      check: noCheck,
    })
    expect(messages(result.errors)).toEqual([
      'problems/basics/running-total/problem.md:1: the files of problems/basics/running-total/ differ from the ones drill-export.json lists (the archive was changed after export)',
    ])
  })

  it('puts back everything it moved when writing into the content folder fails', async () => {
    const source = fixtureCopy()
    // Two areas, so that the first problem is moved into place before the second one fails.
    cpSync(path.join(source, 'basics/has-duplicate'), path.join(source, 'arrays/has-duplicate'), {
      recursive: true,
    })
    rmSync(path.join(source, 'basics/has-duplicate'), { recursive: true })
    const archive = path.join(tempDir(), 'two-areas.tar.gz')
    await exportArchive({ root: source, track: 'basics', out: archive, now })

    const root = tempDir()
    writeFileSync(path.join(root, 'basics'), 'a file where the area folder would go\n')
    const before = snapshot(root)
    const result = await importArchive({ archive, root, check: noCheck })
    expect(result.imported).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0].message).toMatch(
      new RegExp(
        `^the import could not be written into ${root} \\(.*\\); what had been moved was put back$`,
      ),
    )
    expect(snapshot(root)).toEqual(before)
  })
})
