// expect: wrong_answer
// Orders the ring by position only and inserts a new point after any point already at the same
// position. When two nodes' points collide, the owner then depends on which node joined first, so two
// routers that learned about the nodes in different orders send the same key to different servers.
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
  // The ring: points sorted by (position, node name, replica index), as parallel arrays.
  private pos: number[] = []
  private name: string[] = []
  private replica: number[] = []
  // Hashes of the tracked keys, sorted, to count the keys of any arc with two binary searches.
  private keyHashes: Uint32Array
  private loads = new Map<string, number>()

  constructor(vnodes: number, keys: string[]) {
    this.vnodes = vnodes
    this.keyHashes = new Uint32Array(keys.length)
    for (let i = 0; i < keys.length; i++) this.keyHashes[i] = hash32(keys[i])
    this.keyHashes.sort()
  }

  /** Number of tracked keys with hash <= x. */
  private keysUpTo(x: number): number {
    const a = this.keyHashes
    let lo = 0
    let hi = a.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (a[mid] <= x) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Tracked keys owned by the point at index j: hashes in (position of point j - 1, position of j]. */
  private arcKeys(j: number): number {
    const m = this.pos.length
    if (m === 1) return this.keyHashes.length
    if (j === 0) return this.keyHashes.length - this.keysUpTo(this.pos[m - 1]) + this.keysUpTo(this.pos[0])
    if (this.pos[j - 1] === this.pos[j]) return 0
    return this.keysUpTo(this.pos[j]) - this.keysUpTo(this.pos[j - 1])
  }

  /** True when point (p, n, r) sorts before the point at index j. */
  private before(p: number, n: string, r: number, j: number): boolean {
    if (p !== this.pos[j]) return p < this.pos[j]
    if (n !== this.name[j]) return false
    return r < this.replica[j]
  }

  /** Index of the first point that does not sort before (p, n, r). */
  private indexOf(p: number, n: string, r: number): number {
    let lo = 0
    let hi = this.pos.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.before(p, n, r, mid)) hi = mid
      else if (this.pos[mid] === p && this.name[mid] === n && this.replica[mid] === r) return mid
      else lo = mid + 1
    }
    return lo
  }

  /** Owner of the first point after index j (cyclically) that does not belong to `node`, or null. */
  private nextOtherOwner(j: number, node: string): string | null {
    const m = this.pos.length
    for (let step = 1; step < m; step++) {
      const owner = this.name[(j + step) % m]
      if (owner !== node) return owner
    }
    return null
  }

  private addLoad(node: string | null, delta: number): void {
    if (node !== null) this.loads.set(node, (this.loads.get(node) ?? 0) + delta)
  }

  addNode(node: string): number {
    const positions: number[] = []
    for (let r = 0; r < this.vnodes; r++) {
      const p = hash32(`${node}#${r}`)
      positions.push(p)
      const at = this.indexOf(p, node, r)
      this.pos.splice(at, 0, p)
      this.name.splice(at, 0, node)
      this.replica.splice(at, 0, r)
    }
    this.loads.set(node, 0)
    // Each new point takes over the arc just before it, from the next older point clockwise.
    let moved = 0
    for (let r = 0; r < this.vnodes; r++) {
      const j = this.indexOf(positions[r], node, r)
      const count = this.arcKeys(j)
      if (count === 0) continue
      moved += count
      this.addLoad(this.nextOtherOwner(j, node), -count)
      this.addLoad(node, count)
    }
    return moved
  }

  removeNode(node: string): number {
    const positions: number[] = []
    for (let r = 0; r < this.vnodes; r++) positions.push(hash32(`${node}#${r}`))
    // Each point's arc goes to the next surviving point clockwise (null if none is left).
    let moved = 0
    for (let r = 0; r < this.vnodes; r++) {
      const j = this.indexOf(positions[r], node, r)
      const count = this.arcKeys(j)
      if (count === 0) continue
      moved += count
      this.addLoad(this.nextOtherOwner(j, node), count)
    }
    for (let r = 0; r < this.vnodes; r++) {
      const j = this.indexOf(positions[r], node, r)
      this.pos.splice(j, 1)
      this.name.splice(j, 1)
      this.replica.splice(j, 1)
    }
    this.loads.delete(node)
    return moved
  }

  lookup(key: string): string | null {
    const m = this.pos.length
    if (m === 0) return null
    const h = hash32(key)
    let lo = 0
    let hi = m
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.pos[mid] < h) lo = mid + 1
      else hi = mid
    }
    return this.name[lo === m ? 0 : lo]
  }

  load(node: string): number {
    return this.loads.get(node) ?? 0
  }
}
