function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  // Fingerprint each event, keep every alert's state, decide whether a start is suppressed, and
  // collect the starts into one open batch per group.
  return []
}
