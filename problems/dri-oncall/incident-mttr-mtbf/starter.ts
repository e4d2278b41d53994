function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  // Per service: sort the incidents by start, merge overlapping or touching ones into outages,
  // then compute outages, downtime, MTTR and MTBF.
  return []
}
