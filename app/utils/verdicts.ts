/** Verdicts and test statuses as candidates read them. */
export const verdictLabels: Record<string, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  compile_error: 'Compile error',
  output_limit: 'Output limit exceeded',
  skipped: 'Skipped',
}
