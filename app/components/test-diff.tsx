/** Input, expected and actual of a failed visible test, as JSON (Run panel and submission page). */
export function TestDiff({ input, expected, actual, className = '' }: { input: unknown; expected: unknown; actual: unknown; className?: string }) {
  return (
    <dl className={`grid grid-cols-[5rem_1fr] gap-x-2 ${className}`}>
      <dt>input</dt>
      <dd className="break-all">{JSON.stringify(input)}</dd>
      <dt>expected</dt>
      <dd className="break-all">{JSON.stringify(expected)}</dd>
      <dt>actual</dt>
      <dd className="break-all">{JSON.stringify(actual)}</dd>
    </dl>
  )
}
