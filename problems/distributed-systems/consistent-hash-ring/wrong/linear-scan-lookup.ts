// expect: time_limit
// Keeps the points unsorted and scans all of them on every lookup for the smallest position >= the
// key's hash (or the smallest position overall, to wrap). Membership changes are handled by the same
// scan. Correct, but O(points) per lookup: 15 000 lookups on a ring of 12 800 points is ~200 million steps.
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
  private pos: number[] = []
  private name: string[] = []
  private keys: string[]
  private owners: Map<string, number> = new Map()

  constructor(vnodes: number, keys: string[]) {
    this.vnodes = vnodes
    this.keys = keys
  }

  private ownerOfHash(h: number): string | null {
    let best = -1
    let first = -1
    for (let i = 0; i < this.pos.length; i++) {
      const p = this.pos[i]
      const n = this.name[i]
      if (first < 0 || p < this.pos[first] || (p === this.pos[first] && n < this.name[first])) first = i
      if (p >= h && (best < 0 || p < this.pos[best] || (p === this.pos[best] && n < this.name[best]))) best = i
    }
    if (first < 0) return null
    return this.name[best >= 0 ? best : first]
  }

  private recount(): Map<string, number> {
    const loads = new Map<string, number>()
    for (const key of this.keys) {
      const owner = this.ownerOfHash(hash32(key))
      if (owner !== null) loads.set(owner, (loads.get(owner) ?? 0) + 1)
    }
    return loads
  }

  addNode(node: string): number {
    for (let r = 0; r < this.vnodes; r++) {
      this.pos.push(hash32(`${node}#${r}`))
      this.name.push(node)
    }
    const before = this.owners
    this.owners = this.recount()
    // Only the new node gains keys, so the keys that moved are exactly its load.
    return before.size === 0 ? this.keys.length : this.owners.get(node) ?? 0
  }

  removeNode(node: string): number {
    const moved = this.owners.get(node) ?? 0
    const keep = this.name.map((n) => n !== node)
    this.pos = this.pos.filter((_, i) => keep[i])
    this.name = this.name.filter((_, i) => keep[i])
    this.owners = this.recount()
    return this.pos.length === 0 ? this.keys.length : moved
  }

  lookup(key: string): string | null {
    return this.ownerOfHash(hash32(key))
  }

  load(node: string): number {
    return this.owners.get(node) ?? 0
  }
}
