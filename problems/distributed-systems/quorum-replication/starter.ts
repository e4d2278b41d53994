class QuorumStore {
  constructor(n: number, r: number, w: number) {
    // set up the replicas here
  }

  write(key: string, value: string, acks: number[]): number | string {
    return 'ERR_QUORUM'
  }

  read(key: string, responders: number[]): string | null {
    return 'ERR_QUORUM'
  }

  peek(replica: number, key: string): [number, string] | null {
    return null
  }
}
