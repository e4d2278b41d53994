class RolloutGate {
  constructor(config: { bake: number[]; window: number; maxErrorBps: number; minRequests: number }) {
    // The rollout starts at time 0 in ring 0.
  }

  report(time: number, ring: number, requests: number, errors: number): void {}

  evaluate(time: number): string {
    return 'hold'
  }
}
