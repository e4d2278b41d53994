function blameDependencies(lines: string[]): (string | number)[][] {
  // Parse each line (some are truncated), group the records by trace, and for every failed request
  // find the dependency to blame.
  return []
}
