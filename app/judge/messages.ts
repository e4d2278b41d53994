import { formatOps } from './budget'
import { type JudgeTest } from './types'

/** How a test is named in messages: "Test 3 (equal values)"; hidden tests by id only. */
export function testLabel(test: JudgeTest): string {
  return test.visible && test.name ? `Test ${test.id} (${test.name})` : `Test ${test.id}`
}

/** A value as the candidate would write it, cut to `max` characters. */
export function preview(value: unknown, max = 200): string {
  let text: string
  try {
    text = JSON.stringify(value === undefined ? null : value) ?? 'null'
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

export const messages = {
  wrongAnswer: (test: JudgeTest, expected: unknown, actual: unknown) =>
    test.visible
      ? `${testLabel(test)}: expected ${preview(expected)}, got ${preview(actual)}.`
      : `${testLabel(test)} returned a wrong answer.`,
  wrongOperation: (
    test: JudgeTest,
    op: number,
    name: string,
    expected: unknown,
    actual: unknown,
  ) =>
    test.visible
      ? `${testLabel(test)}: operation ${op + 1} (${name}) returned ${preview(actual)}; expected ${preview(expected)}.`
      : `${testLabel(test)}: operation ${op + 1} (${name}) returned a wrong value.`,
  checkerRejected: (test: JudgeTest, reason: string) =>
    test.visible
      ? `${testLabel(test)}: ${reason.replace(/[.\s]*$/, '')}.`
      : `${testLabel(test)} returned a wrong answer.`,
  checkerFailed: (test: JudgeTest, detail: string) =>
    `${testLabel(test)} could not be checked: the problem's checker failed (${detail}). This is a problem in the content, not in your code.`,
  unreadable: (test: JudgeTest, problem: string) =>
    `${testLabel(test)}: your return value ${problem}, so it cannot be compared with the answer.`,
  unreadableOperation: (test: JudgeTest, op: number, name: string, problem: string) =>
    `${testLabel(test)}: operation ${op + 1} (${name}) returned a value that ${problem}, so it cannot be compared.`,
  pendingPromise: (test: JudgeTest) =>
    `${testLabel(test)}: your function returned a promise that never settled.`,
  overBudget: (test: JudgeTest, budget: number) =>
    `${testLabel(test)} went over its limit of ${formatOps(budget)}.`,
  overTime: (test: JudgeTest, timeMs: number) =>
    `${testLabel(test)} ran past its wall-clock limit of ${seconds(timeMs)}.`,
  overTotal: (test: JudgeTest, totalMs: number) =>
    `${testLabel(test)} was stopped: the submission ran past its total limit of ${seconds(totalMs)}.`,
  nativeTimeout: (test: JudgeTest, timeMs: number) =>
    `${testLabel(test)} ran past its wall-clock limit of ${seconds(timeMs)} inside a built-in (for example sort(), indexOf() or join() on a huge array), where the ops counter cannot stop it.`,
  killed: (test: JudgeTest) => `${testLabel(test)} was stopped by the judge before it finished.`,
  outOfMemory: (test: JudgeTest) => `${testLabel(test)} ran out of memory.`,
  outputLimit: (test: JudgeTest, chars: number) =>
    `${testLabel(test)} printed more than ${chars.toLocaleString('en-US')} characters of console output.`,
  stackOverflow: (test: JudgeTest) =>
    `${testLabel(test)}: stack overflow. The recursion went deeper than the sandbox's stack allows (a few thousand calls).`,
  threw: (test: JudgeTest, name: string, message: string) =>
    `${testLabel(test)}: ${name}${message ? `: ${message}` : ''}`,
  threwValue: (test: JudgeTest, value: string) =>
    `${testLabel(test)}: your code threw ${value}, which is not an Error.`,
  sandboxFailure: (test: JudgeTest) =>
    `${testLabel(test)} crashed the sandbox; the judge restarted it. Treat this as a runtime error in your code.`,
  duringLoad: (message: string) =>
    `Your code failed while loading, before any test ran. ${message}`,
  skipped: (why: string) => `Not run: ${why}.`,
  missingEntry: (entry: string, harness: 'function' | 'class') =>
    `Your code must define a ${harness} named \`${entry}\` at the top level.`,
}
