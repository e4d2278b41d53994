// expect: time_limit
// Remembers the owner of every tracked key and, on each membership change, looks every key up again
// on the new ring to see which ones moved. The answers are right, but a change costs O(keys × log
// points) instead of O(vnodes × log): 40 000 keys times 100 changes is millions of lookups.
// FNV-1a over the UTF-16 code units, then MurmurHash3's 32-bit finalizer (as given in the statement).
function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

class HashRing {
  private vnodes: number
  private points: { pos: number; node: string; r: number }[] = []
  private keyHashes: number[]
  private owners: (string | null)[]

  constructor(vnodes: number, keys: string[]) {
    this.vnodes = vnodes
    this.keyHashes = keys.map(hash32)
    this.owners = keys.map(() => null)
  }

  private ownerOfHash(h: number): string | null {
    const pts = this.points
    if (pts.length === 0) return null
    let lo = 0
    let hi = pts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (pts[mid].pos < h) lo = mid + 1
      else hi = mid
    }
    return pts[lo === pts.length ? 0 : lo].node
  }

  private rebalance(): number {
    let moved = 0
    for (let i = 0; i < this.keyHashes.length; i++) {
      const owner = this.ownerOfHash(this.keyHashes[i])
      if (owner !== this.owners[i]) moved++
      this.owners[i] = owner
    }
    return moved
  }

  private sortPoints(): void {
    this.points.sort((a, b) => a.pos - b.pos || (a.node < b.node ? -1 : a.node > b.node ? 1 : a.r - b.r))
  }

  addNode(node: string): number {
    for (let r = 0; r < this.vnodes; r++) this.points.push({ pos: hash32(`${node}#${r}`), node, r })
    this.sortPoints()
    return this.rebalance()
  }

  removeNode(node: string): number {
    this.points = this.points.filter((p) => p.node !== node)
    return this.rebalance()
  }

  lookup(key: string): string | null {
    return this.ownerOfHash(hash32(key))
  }

  load(node: string): number {
    let count = 0
    for (const owner of this.owners) if (owner === node) count++
    return count
  }
}
