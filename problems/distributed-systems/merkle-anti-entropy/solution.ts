function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

// Node hashes in heap layout: node 1 is the root, node i has children 2i and 2i + 1, and the leaves
// are nodes 2^depth to 2^(depth + 1) - 1, in key order.
function merkleTree(depth: number, width: number, entries: [number, string][]): number[] {
  const leafCount = 1 << depth
  // Bucket the entries per leaf, then sort each (small) bucket by key: the leaf strings must not
  // depend on the order in which the replica lists its entries.
  const buckets: [number, string][][] = []
  for (let i = 0; i < leafCount; i++) buckets.push([])
  for (const entry of entries) buckets[Math.floor(entry[0] / width)].push(entry)
  const hash: number[] = new Array(2 * leafCount)
  for (let i = 0; i < leafCount; i++) {
    const bucket = buckets[i]
    if (bucket.length > 1) bucket.sort((x, y) => x[0] - y[0])
    let text = ''
    for (const [key, value] of bucket) text += key + '=' + value + ';'
    hash[leafCount + i] = fnv1a(text)
  }
  for (let i = leafCount - 1; i >= 1; i--) hash[i] = fnv1a(hash[2 * i] + ',' + hash[2 * i + 1])
  return hash
}

function antiEntropy(
  depth: number,
  width: number,
  a: [number, string][],
  b: [number, string][],
): { ranges: number[][]; compared: number } {
  const leafCount = 1 << depth
  const ha = merkleTree(depth, width, a)
  const hb = merkleTree(depth, width, b)
  const ranges: number[][] = []
  let compared = 0
  // Depth-first, left before right, so leaves are reported in key order. The tree is at most 13
  // levels deep, so recursion is safe.
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
