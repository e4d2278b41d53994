// expect: wrong_answer
// The classic first query in an incident: count the 5xx/timeout call lines per dependency. It counts
// retries that later succeeded, errors inside requests that succeeded anyway, and every attempt of
// the same request separately, so the noisiest dependency "wins" instead of the one that broke
// requests (in example 1 it says payments: 3).
function blameDependencies(lines: string[]): (string | number)[][] {
  const counts = new Map<string, number>()
  for (const line of lines) {
    let record: any
    try {
      record = JSON.parse(line)
    } catch {
      continue
    }
    if (record.type !== 'call') continue
    if (record.status === 0 || record.status >= 500) counts.set(record.dep, (counts.get(record.dep) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
