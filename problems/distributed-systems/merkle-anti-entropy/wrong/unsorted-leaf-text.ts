// expect: wrong_answer
// Writes each leaf's entries in the order the replica lists them instead of sorting them by key. Two
// replicas holding exactly the same data in a different order then hash differently, and identical
// leaves are reported as out of sync: a leaf listed as [[101, "q"], [100, "t"]] on one side and
// [[100, "t"], [101, "q"]] on the other gives "101=q;100=t;" against "100=t;101=q;".
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function buildTree(depth: number, width: number, entries: [number, string][]): number[] {
  const leafCount = 1 << depth
  const text: string[] = new Array(leafCount).fill('')
  for (const [key, value] of entries) text[Math.floor(key / width)] += `${key}=${value};`
  const hash: number[] = new Array(2 * leafCount)
  for (let i = 0; i < leafCount; i++) hash[leafCount + i] = fnv1a(text[i])
  for (let i = leafCount - 1; i >= 1; i--) hash[i] = fnv1a(`${hash[2 * i]},${hash[2 * i + 1]}`)
  return hash
}

function antiEntropy(
  depth: number,
  width: number,
  a: [number, string][],
  b: [number, string][],
): { ranges: number[][]; compared: number } {
  const leafCount = 1 << depth
  const ha = buildTree(depth, width, a)
  const hb = buildTree(depth, width, b)
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
