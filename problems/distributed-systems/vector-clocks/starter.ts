function vectorClocks(
  n: number,
  events: (string | number)[][],
  queries: number[][],
): { clocks: number[][]; relations: string[] } {
  // Stamp every event with its vector clock, then classify each query pair.
  return { clocks: [], relations: [] }
}
