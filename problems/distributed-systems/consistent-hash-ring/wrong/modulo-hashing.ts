// expect: wrong_answer
// Classic hash-mod-N sharding: the owner is members[hash(key) % members.length]. It spreads keys
// evenly, but it is not consistent hashing: when a node joins or leaves, the divisor changes and
// almost every key moves to a different server (and the owners do not follow the ring's rules).
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
  private members: string[] = []
  private keyHashes: number[]
  private owners: (string | null)[]

  constructor(vnodes: number, keys: string[]) {
    this.keyHashes = keys.map(hash32)
    this.owners = keys.map(() => null)
  }

  private ownerOfHash(h: number): string | null {
    if (this.members.length === 0) return null
    return this.members[h % this.members.length]
  }

  private reassign(): number {
    let moved = 0
    for (let i = 0; i < this.keyHashes.length; i++) {
      const owner = this.ownerOfHash(this.keyHashes[i])
      if (owner !== this.owners[i]) moved++
      this.owners[i] = owner
    }
    return moved
  }

  addNode(node: string): number {
    this.members.push(node)
    this.members.sort()
    return this.reassign()
  }

  removeNode(node: string): number {
    this.members = this.members.filter((m) => m !== node)
    return this.reassign()
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
