// Line diffs for the version history of authored problems. Isomorphic: no Node APIs.

export type DiffLineType = 'same' | 'add' | 'del'

export interface DiffLine {
  type: DiffLineType
  text: string
  /** 1-based line in the old text (same, del). */
  oldLine?: number
  /** 1-based line in the new text (same, add). */
  newLine?: number
}

export interface DiffHunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  lines: DiffLine[]
}

export interface FileDiff {
  path: string
  status: 'added' | 'removed' | 'changed'
  added: number
  removed: number
  hunks: DiffHunk[]
}

/** Beyond this many differing lines the diff shows the whole file replaced (Myers' memory grows with D²). */
const MAX_EDITS = 2000

/** The text's lines; a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** A shortest line diff of two texts (Myers' algorithm), deletions before additions within a change. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before)
  const b = splitLines(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middle = shortestEdit(a.slice(start, endA), b.slice(start, endB)) ?? [
    ...Array<DiffLineType>(endA - start).fill('del'),
    ...Array<DiffLineType>(endB - start).fill('add'),
  ]
  const ops: DiffLineType[] = [
    ...Array<DiffLineType>(start).fill('same'),
    ...middle,
    ...Array<DiffLineType>(a.length - endA).fill('same'),
  ]
  const lines: DiffLine[] = []
  let x = 0
  let y = 0
  for (const type of ops) {
    if (type === 'same') {
      lines.push({ type, text: a[x]!, oldLine: x + 1, newLine: y + 1 })
      x++
      y++
    } else if (type === 'del') {
      lines.push({ type, text: a[x]!, oldLine: x + 1 })
      x++
    } else {
      lines.push({ type, text: b[y]!, newLine: y + 1 })
      y++
    }
  }
  return lines
}

/** The edit script from a to b, or undefined when it needs more than MAX_EDITS edits. */
function shortestEdit(a: string[], b: string[]): DiffLineType[] | undefined {
  const n = a.length
  const m = b.length
  // trace[d][k + d] is the furthest x reached on diagonal k (x − y) with d edits.
  const trace: Int32Array[] = []
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    const v = new Int32Array(2 * d + 1)
    const prev = trace[d - 1]
    for (let k = -d; k <= d; k += 2) {
      let x: number
      if (d === 0) x = 0
      else if (k === -d || (k !== d && prev![k - 1 + d - 1]! < prev![k + 1 + d - 1]!)) x = prev![k + 1 + d - 1]!
      else x = prev![k - 1 + d - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[k + d] = x
      if (x >= n && y >= m) {
        trace.push(v)
        return backtrack(trace, n, m)
      }
    }
    trace.push(v)
  }
  return undefined
}

function backtrack(trace: Int32Array[], n: number, m: number): DiffLineType[] {
  const ops: DiffLineType[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!
    const k = x - y
    const down = k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!)
    const prevK = down ? k + 1 : k - 1
    const prevX = prev[prevK + d - 1]!
    const prevY = prevX - prevK
    const startX = down ? prevX : prevX + 1
    const startY = down ? prevY + 1 : prevY
    while (x > startX && y > startY) {
      ops.push('same')
      x--
      y--
    }
    ops.push(down ? 'add' : 'del')
    x = prevX
    y = prevY
  }
  while (x > 0 && y > 0) {
    ops.push('same')
    x--
    y--
  }
  return ops.reverse()
}

/** Groups a diff into hunks: each change with up to `context` unchanged lines around it. */
export function diffHunks(lines: DiffLine[], context = 3): DiffHunk[] {
  const hunks: DiffHunk[] = []
  const changed = lines.map((line, i) => (line.type === 'same' ? -1 : i)).filter((i) => i >= 0)
  if (changed.length === 0) return hunks
  let from = Math.max(0, changed[0]! - context)
  let to = Math.min(lines.length - 1, changed[0]! + context)
  const close = () => {
    const slice = lines.slice(from, to + 1)
    const firstOld = slice.find((line) => line.oldLine !== undefined)?.oldLine
    const firstNew = slice.find((line) => line.newLine !== undefined)?.newLine
    const oldLines = slice.filter((line) => line.type !== 'add').length
    const newLines = slice.filter((line) => line.type !== 'del').length
    hunks.push({
      oldStart: firstOld ?? oldLineBefore(lines, from),
      oldLines,
      newStart: firstNew ?? newLineBefore(lines, from),
      newLines,
      lines: slice,
    })
  }
  for (const i of changed.slice(1)) {
    if (i - context <= to + 1) {
      to = Math.min(lines.length - 1, i + context)
    } else {
      close()
      from = i - context
      to = Math.min(lines.length - 1, i + context)
    }
  }
  close()
  return hunks
}

// A hunk with only additions starts after the last old line before it (0 at the top), as in unified diffs.
function oldLineBefore(lines: DiffLine[], index: number) {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.oldLine !== undefined) return lines[i]!.oldLine!
  return 0
}

function newLineBefore(lines: DiffLine[], index: number) {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.newLine !== undefined) return lines[i]!.newLine!
  return 0
}

/** Per-file diffs between two file maps (path → text), in path order; unchanged files are left out. */
export function diffFiles(before: Record<string, string>, after: Record<string, string>, context = 3): FileDiff[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  const diffs: FileDiff[] = []
  for (const path of paths) {
    const old = before[path]
    const next = after[path]
    if (old === next) continue
    const lines = diffLines(old ?? '', next ?? '')
    const added = lines.filter((line) => line.type === 'add').length
    const removed = lines.filter((line) => line.type === 'del').length
    if (old !== undefined && next !== undefined && added === 0 && removed === 0) continue
    diffs.push({
      path,
      status: old === undefined ? 'added' : next === undefined ? 'removed' : 'changed',
      added,
      removed,
      hunks: diffHunks(lines, context),
    })
  }
  return diffs
}
