import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { placeholderMarker, problemKinds } from '~/content/schema'
import { largestValueFiles } from '../../tests/support/authoring-fixture'
import { checkFileMap, describeBadPath, hashFiles, loadAuthoredFiles, normaliseFiles, readTitle, statementOf, withProblemFolder } from './authoring-files.server'
import { templateFiles } from './authoring-templates.server'

describe('authored files round trip through a problem folder', () => {
  it('loads a file map exactly as the loader loads its folder, under the given area and slug', async () => {
    const { problem, errors } = await loadAuthoredFiles({ area: 'authored', slug: 'largest-value', files: largestValueFiles({ slug: 'largest-value' }) })
    expect(errors).toEqual([])
    expect(problem).toMatchObject({ kind: 'code', slug: 'largest-value', area: 'authored' })
    if (problem?.kind !== 'code') throw new Error('expected a code problem')
    expect(problem.tests).toHaveLength(12)
    expect(problem.wrongSolutions.map((w) => [w.name, w.expect])).toEqual([['wrong/starts-at-zero.ts', 'wrong_answer']])
  })

  it('maps every error to the file of the form and its line, with no temporary path in the text', async () => {
    const files = largestValueFiles({ slug: 'largest-value' })
    files['tests.yaml'] = files['tests.yaml']!.replace('    visible: true\n    args: [[5]]', '    visble: true\n    args: [[5]]')
    files['wrong/no-header.ts'] = 'function largestValue(nums: number[]): number {\n  return nums[0]\n}\n'
    delete files['editorial.md']
    const { problem, errors } = await loadAuthoredFiles({ area: 'authored', slug: 'largest-value', files })
    expect(problem).toBeUndefined()
    const byFile = new Map(errors.map((e) => [e.file, e]))
    expect(byFile.get('tests.yaml')).toMatchObject({ line: 9 })
    expect(byFile.get('tests.yaml')!.message).toMatch(/visble.*visible/)
    expect(byFile.get('wrong/no-header.ts')!.message).toContain('expect: wrong_answer')
    expect(byFile.get('editorial.md')!.message).toBe('editorial.md is missing')
    for (const error of errors) expect(error.message).not.toMatch(/drill-author-|\/tmp\//)
  })

  it('puts a missing wrong solution on the wrong/ folder and a slug mismatch on problem.md', async () => {
    const files = largestValueFiles({ slug: 'another-slug' })
    delete files['wrong/starts-at-zero.ts']
    const { errors } = await loadAuthoredFiles({ area: 'authored', slug: 'largest-value', files })
    expect(errors.map((e) => e.file)).toContain('problem.md')
    const mismatch = errors.find((e) => e.file === 'problem.md')
    expect(mismatch?.message).toContain('another-slug')
  })

  it('removes the temporary folder afterwards, even when the work throws', async () => {
    let seen = ''
    await expect(
      withProblemFolder({ area: 'a', slug: 'b', files: { 'problem.md': 'x' } }, (dir) => {
        seen = dir
        expect(existsSync(`${dir}/problem.md`)).toBe(true)
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(existsSync(seen)).toBe(false)
  })

  it('refuses paths outside the format, so nothing can be written outside the folder', () => {
    expect(describeBadPath('problem.md')).toBeUndefined()
    expect(describeBadPath('wrong/off-by-one.ts')).toBeUndefined()
    for (const bad of ['../escape.md', 'wrong/../../x.ts', '/etc/passwd', 'notes.txt', 'wrong/UPPER.ts', 'wrong/x.py']) {
      expect(describeBadPath(bad), bad).toBeDefined()
    }
    expect(checkFileMap({ 'problem.md': 'x'.repeat(600 * 1024) })[0]).toMatch(/at most 512 KB/)
  })

  it('hashes files independently of order and line endings once normalised', () => {
    expect(hashFiles(normaliseFiles({ 'a.md': 'x\r\ny', 'b.md': 'z' }))).toBe(hashFiles(normaliseFiles({ 'b.md': 'z', 'a.md': 'x\ny' })))
    expect(readTitle({ 'problem.md': '---\nslug: s\ntitle: "Two: Sum"\n---\nBody' })).toBe('Two: Sum')
    expect(statementOf('---\ntitle: x\n---\n\nBody **bold**\n')).toBe('\nBody **bold**\n')
  })
})

describe('templates of every kind', () => {
  it.each(problemKinds)('a new %s draft fails only on its placeholders and loads once they are replaced', async (kind) => {
    const files = templateFiles({ kind, slug: 'my-draft', title: 'My draft: a title' })
    const first = await loadAuthoredFiles({ area: 'authored', slug: 'my-draft', files })
    expect(first.errors.length).toBeGreaterThan(0)
    for (const error of first.errors) expect(error.message).toMatch(/replace the placeholder/)
    const filled = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, text.replaceAll(placeholderMarker, 'filled')]))
    const second = await loadAuthoredFiles({ area: 'authored', slug: 'my-draft', files: filled })
    expect(second.errors).toEqual([])
    expect(second.problem?.kind).toBe(kind)
    expect(second.problem?.frontmatter.title).toBe('My draft: a title')
  })
})
