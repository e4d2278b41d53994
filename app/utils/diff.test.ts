import { describe, expect, it } from 'vitest'
import { diffFiles, diffHunks, diffLines, splitLines, type DiffLine } from './diff'

const render = (lines: DiffLine[]) => lines.map((line) => `${line.type === 'same' ? ' ' : line.type === 'add' ? '+' : '-'}${line.text}`)

/** Length of the longest common subsequence, by dynamic programming: the diff must keep exactly that many lines. */
function lcsLength(a: string[], b: string[]) {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!)
      diagonal = above
    }
  }
  return row[b.length]!
}

function seeded(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

describe('line diff', () => {
  it('shows a changed line as a deletion then an addition, with line numbers on both sides', () => {
    const lines = diffLines('a\nb\nc\n', 'a\nB\nc\n')
    expect(render(lines)).toEqual([' a', '-b', '+B', ' c'])
    expect(lines[1]).toMatchObject({ oldLine: 2 })
    expect(lines[2]).toMatchObject({ newLine: 2 })
    expect(lines[3]).toMatchObject({ oldLine: 3, newLine: 3 })
  })

  it('treats an empty text as no lines and ignores a final newline', () => {
    expect(splitLines('')).toEqual([])
    expect(splitLines('x\n')).toEqual(['x'])
    expect(render(diffLines('', 'x\ny'))).toEqual(['+x', '+y'])
    expect(render(diffLines('x\ny\n', ''))).toEqual(['-x', '-y'])
    expect(render(diffLines('same', 'same\n'))).toEqual([' same'])
  })

  it('finds a shortest edit: the kept lines are a longest common subsequence, and both texts are rebuilt', () => {
    const random = seeded(7)
    const alphabet = ['a', 'b', 'c', 'd']
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * 4)]!)
      const b = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * 4)]!)
      const lines = diffLines(a.join('\n'), b.join('\n'))
      expect(lines.filter((l) => l.type !== 'add').map((l) => l.text)).toEqual(a)
      expect(lines.filter((l) => l.type !== 'del').map((l) => l.text)).toEqual(b)
      expect(lines.filter((l) => l.type === 'same')).toHaveLength(lcsLength(a, b))
    }
  })

  it('groups changes into hunks with three lines of context, merging changes that are close', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`)
    const after = [...before]
    after[4] = 'changed 5'
    after[6] = 'changed 7'
    after[24] = 'changed 25'
    const hunks = diffHunks(diffLines(before.join('\n'), after.join('\n')))
    expect(hunks).toHaveLength(2)
    expect(hunks[0]).toMatchObject({ oldStart: 2, oldLines: 9, newStart: 2, newLines: 9 })
    expect(hunks[1]).toMatchObject({ oldStart: 22, oldLines: 7, newStart: 22, newLines: 7 })
    expect(render(hunks[1]!.lines)).toEqual([' line 22', ' line 23', ' line 24', '-line 25', '+changed 25', ' line 26', ' line 27', ' line 28'])
  })

  it('diffs file maps: added, removed and changed files, unchanged ones left out', () => {
    const diffs = diffFiles(
      { 'problem.md': 'title\nold statement\n', 'wrong/a.ts': 'x\n', 'hints.md': 'same\n' },
      { 'problem.md': 'title\nnew statement\n', 'wrong/b.ts': 'y\n', 'hints.md': 'same\n' },
    )
    expect(diffs.map((d) => [d.path, d.status, d.added, d.removed])).toEqual([
      ['problem.md', 'changed', 1, 1],
      ['wrong/a.ts', 'removed', 0, 1],
      ['wrong/b.ts', 'added', 1, 0],
    ])
  })

  it('falls back to replacing the whole text when the texts share almost nothing and are huge', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n')
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n')
    const lines = diffLines(a, b)
    expect(lines.filter((l) => l.type === 'del')).toHaveLength(3000)
    expect(lines.filter((l) => l.type === 'add')).toHaveLength(3000)
  })
})
