class FailureDetector {
  constructor(suspectAfter: number, deadAfter: number) {
    // set up your fields here
  }

  heartbeat(node: string, time: number): void {}

  advance(time: number): string[] {
    return []
  }

  status(node: string): string {
    return 'unknown'
  }
}
