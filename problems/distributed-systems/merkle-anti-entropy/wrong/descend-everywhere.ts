// expect: wrong_answer
// Builds the right hashes and reports the right leaves, but walks the whole tree: it compares both
// children of every internal node, equal or not. The ranges are correct, the comparison count is
// 2^(depth + 1) - 1 every time, and the point of the tree (skipping subtrees that already match) is
// lost: example 1 reports 7 comparisons instead of 5.
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
  const sorted = entries.slice().sort((x, y) => x[0] - y[0])
  const text: string[] = new Array(leafCount).fill('')
  for (const [key, value] of sorted) text[Math.floor(key / width)] += `${key}=${value};`
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
    if (node >= leafCount) {
      if (ha[node] !== hb[node]) {
        const leaf = node - leafCount
        ranges.push([leaf * width, (leaf + 1) * width - 1])
      }
      return
    }
    visit(2 * node)
    visit(2 * node + 1)
  }
  visit(1)
  return { ranges, compared }
}
