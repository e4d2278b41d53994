class BloomFilter {
  constructor(expectedItems: number, falsePositiveRate: number) {
    // compute m and k, then allocate the bits
  }

  params(): number[] {
    return [0, 0]
  }

  positions(item: string): number[] {
    return []
  }

  add(item: string): void {}

  mightContain(item: string): boolean {
    return false
  }

  bitsSet(): number {
    return 0
  }
}
