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
  constructor(vnodes: number, keys: string[]) {
    // set up your fields here
  }

  addNode(node: string): number {
    return 0
  }

  removeNode(node: string): number {
    return 0
  }

  lookup(key: string): string | null {
    return null
  }

  load(node: string): number {
    return 0
  }
}
