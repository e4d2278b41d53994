// expect: wrong_answer
// Puts key k into leaf k mod 2^depth, the way a hash-partitioned store spreads keys, instead of into
// the leaf whose range contains it. The hashes are consistent on both sides, so equal replicas still
// match, but a stale key is blamed on the wrong range: in example 1 key 6 lands in leaf 2 and the
// answer is [[8, 11]] instead of [[4, 7]].
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function buildTree(depth: number, entries: [number, string][]): number[] {
  const leafCount = 1 << depth
  const sorted = entries.slice().sort((x, y) => x[0] - y[0])
  const text: string[] = new Array(leafCount).fill('')
  for (const [key, value] of sorted) text[key % leafCount] += `${key}=${value};`
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
  const ha = buildTree(depth, a)
  const hb = buildTree(depth, b)
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
