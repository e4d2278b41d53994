// expect: time_limit
// Correct, but gathers each leaf's entries by filtering the whole replica for keys in the leaf's
// range: O(2^depth × entries) per tree. With 4 096 leaves and 10 000 keys per replica that is over
// 80 million key checks before a single hash is compared.
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function leafHash(entries: [number, string][], lo: number, hi: number): number {
  const inside: [number, string][] = []
  for (const entry of entries) if (entry[0] >= lo && entry[0] <= hi) inside.push(entry)
  inside.sort((x, y) => x[0] - y[0])
  let text = ''
  for (const [key, value] of inside) text += `${key}=${value};`
  return fnv1a(text)
}

function antiEntropy(
  depth: number,
  width: number,
  a: [number, string][],
  b: [number, string][],
): { ranges: number[][]; compared: number } {
  const leafCount = 1 << depth
  const ha: number[] = new Array(2 * leafCount)
  const hb: number[] = new Array(2 * leafCount)
  for (let i = 0; i < leafCount; i++) {
    ha[leafCount + i] = leafHash(a, i * width, (i + 1) * width - 1)
    hb[leafCount + i] = leafHash(b, i * width, (i + 1) * width - 1)
  }
  for (let i = leafCount - 1; i >= 1; i--) {
    ha[i] = fnv1a(`${ha[2 * i]},${ha[2 * i + 1]}`)
    hb[i] = fnv1a(`${hb[2 * i]},${hb[2 * i + 1]}`)
  }
  const ranges: number[][] = []
  let compared = 0
  const visit = (node: number): void => {
    compared++
    if (ha[node] === hb[node]) return
    if (node >= leafCount) {
      const leaf = node - leafCount
      ranges.push([leaf * width, (leaf + 1) * width - 1])
      return
    }
    visit(2 * node)
    visit(2 * node + 1)
  }
  visit(1)
  return { ranges, compared }
}
