import { beforeAll, describe, expect, it } from 'vitest'
import {
  twoSumHandWritten,
  twoSumSmall,
  twoSumSolution,
  twoSumWrong,
} from '../../tests/fixtures/judge/problems'
import { createJudgeEngine, GeneratorError, JudgeSetupError, type JudgeEngine } from './engine'
import { type JudgeProblem, type JudgeRequest } from './types'

// The engine runs on this thread here; code that recurses deeply needs the pool's 8 MB worker stacks,
// so those cases live in tests/sandbox.
let engine: JudgeEngine
beforeAll(async () => {
  engine = await createJudgeEngine()
})

const judge = (code: string, problem: JudgeProblem, extra: Partial<JudgeRequest> = {}) =>
  engine.judge({ code, language: 'typescript', problem, ...extra })

describe('function harness', () => {
  it('accepts the two-sum reference on every hand-written test', () => {
    const result = judge(twoSumSolution, twoSumHandWritten())
    expect(result.verdict).toBe('accepted')
    expect(result.tests.every((test) => test.status === 'accepted')).toBe(true)
  })

  it("rejects a realistic wrong solution and names the first failing test's verdict", () => {
    const result = judge(twoSumWrong('same-index'), twoSumHandWritten())
    expect(result.verdict).toBe('wrong_answer')
    const failed = result.tests.find((test) => test.status === 'wrong_answer')!
    expect(failed.id).toBe(4)
    expect(failed.message).toBe('Test 4 returned a wrong answer.')
  })

  it('shows input, expected and actual for visible tests only', () => {
    const result = judge(
      'function twoSum(nums: number[], target: number) { console.log(nums.length); return [0, 0] }',
      twoSumHandWritten(),
    )
    const visible = result.tests.find((test) => test.id === 1)!
    expect(visible).toMatchObject({
      name: 'example 1',
      input: [[4, 11, 7, 2], 9],
      expected: [2, 3],
      actual: [0, 0],
      output: '4\n',
    })
    expect(visible.message).toBe('Test 1 (example 1): expected [2,3], got [0,0].')
    const hidden = result.tests.find((test) => test.id === 4)!
    expect(hidden).not.toHaveProperty('input')
    expect(hidden).not.toHaveProperty('expected')
    expect(hidden).not.toHaveProperty('actual')
    expect(hidden).not.toHaveProperty('name')
    expect(hidden.output).toBe('')
  })

  it('reveals hidden tests to trusted tooling and leaves tests without expected uncompared', () => {
    const problem = twoSumHandWritten()
    problem.tests[5]!.expected = undefined
    const result = judge(twoSumSolution, problem, { revealHidden: true })
    expect(result.verdict).toBe('accepted')
    expect(result.tests[5]).toMatchObject({ status: 'accepted', actual: [0, 3] })
    expect(result.tests[5]).not.toHaveProperty('expected')
  })

  it('runs visible tests first, so their costs match a run of the visible tests alone', () => {
    const problem = twoSumSmall(8)
    problem.tests.reverse()
    const loop =
      'function twoSum(nums: number[], target: number) { let s = 0; for (let i = 0; i < 30000; i++) s += i; for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j]; return [] }'
    const all = judge(loop, problem)
    const visibleOnly = judge(loop, {
      ...problem,
      tests: problem.tests.filter((test) => test.visible),
    })
    const strip = ({ wallMs: _wallMs, ...rest }: { wallMs: number }) => rest
    expect(
      all.tests.filter((test) => visibleOnly.tests.some((v) => v.id === test.id)).map(strip),
    ).toEqual(visibleOnly.tests.map(strip))
  })

  it('stops at the first failure when asked and skips the rest', () => {
    const result = judge('function twoSum() { return [] }', twoSumHandWritten(), {
      stopOnFailure: true,
    })
    expect(result.tests[0]!.status).toBe('wrong_answer')
    expect(result.tests.slice(1).every((test) => test.status === 'skipped')).toBe(true)
  })

  it('awaits an async function and reports a promise that never settles', () => {
    const asyncResult = judge(
      `async function twoSum(nums: number[], target: number) { await null; ${twoSumSolution.replace(/^function twoSum[^{]*\{/, '').replace(/\}\s*$/, '')} }`,
      twoSumHandWritten(),
    )
    expect(asyncResult.verdict).toBe('accepted')
    const pending = judge('function twoSum() { return new Promise(() => {}) }', twoSumHandWritten())
    expect(pending.tests[0]!).toMatchObject({
      status: 'runtime_error',
      message: 'Test 1 (example 1): your function returned a promise that never settled.',
    })
  })
})

describe('compile errors and runtime errors', () => {
  it('reports a QuickJS syntax error in JavaScript at its line and column', () => {
    const result = engine.judge({
      code: 'function twoSum() {\n  return [1,, ;\n}',
      language: 'javascript',
      problem: twoSumHandWritten(),
    })
    expect(result.verdict).toBe('compile_error')
    expect(result.compileError?.position).toEqual({ line: 2, column: 15 })
    expect(result.tests.every((test) => test.status === 'skipped')).toBe(true)
  })

  it('reports a missing entry as a compile error', () => {
    const result = judge('function twosum() { return [] }', twoSumHandWritten())
    expect(result.compileError?.message).toBe(
      'Your code must define a function named `twoSum` at the top level.',
    )
  })

  it("maps a runtime error to the user's TypeScript line and column", () => {
    const code = [
      'type Pair = [number, number]',
      '',
      'function twoSum(nums: number[], target: number): Pair {',
      '  const seen: Map<number, number> | null = null',
      '  const answer: Pair = [(seen as any).get(target) as number, 0]',
      '  return answer',
      '}',
    ].join('\n')
    const result = judge(code, twoSumHandWritten())
    expect(result.verdict).toBe('runtime_error')
    const first = result.tests[0]!
    expect(first.position).toEqual({ line: 5, column: code.split('\n')[4]!.indexOf('.get') + 1 })
    expect(first.message).toBe(
      "Test 1 (example 1): TypeError: cannot read property 'get' of null (line 5).",
    )
  })

  it('describes a thrown non-Error value', () => {
    const result = judge("function twoSum() { throw 'nope' }", twoSumHandWritten())
    expect(result.tests[0]!.message).toBe(
      'Test 1 (example 1): your code threw "nope", which is not an Error.',
    )
  })

  it('charges loading to the first test and reports failures while loading', () => {
    const result = judge(
      'const table = new Array(5).fill(0).map((_, i) => i)\nthrow new RangeError("bad table")\nfunction twoSum() { return [] }',
      twoSumHandWritten(),
    )
    expect(result.tests[0]).toMatchObject({ status: 'runtime_error', position: { line: 2 } })
    expect(result.tests[0]!.message).toBe(
      'Your code failed while loading, before any test ran. RangeError: bad table (line 2).',
    )
    expect(result.tests[1]!.status).toBe('skipped')
  })
})

describe('class harness', () => {
  const counter: JudgeProblem = {
    harness: 'class',
    entry: 'Counter',
    comparator: { kind: 'exact' },
    tests: [
      {
        id: 1,
        name: 'counts',
        visible: true,
        ops: [['new', 5], ['inc'], ['inc'], ['get']],
        expected: [null, 6, 7, 7],
      },
      { id: 2, visible: false, ops: [['new', 0], ['add', 3], ['get']], expected: [null, null, 3] },
    ],
  }

  it('runs the constructor then each method, comparing every operation', () => {
    const code =
      'class Counter {\n  constructor(private n: number) {}\n  inc() { return ++this.n }\n  add(k: number): void { this.n += k }\n  get() { return this.n }\n}'
    const result = judge(code, counter)
    expect(result.verdict).toBe('accepted')
    expect(result.tests[0]!.actual).toEqual([null, 6, 7, 7])
  })

  it('reports the first operation that returned a wrong value', () => {
    const code =
      'class Counter { constructor(n) { this.n = n } inc() { return this.n += 2 } add(k) { this.n += k } get() { return this.n } }'
    const result = judge(code, counter)
    expect(result.tests[0]!.message).toBe(
      'Test 1 (counts): operation 2 (inc) returned 7; expected 6.',
    )
    expect(result.tests[1]!.status).toBe('accepted')
  })

  it('names the operation that threw', () => {
    const code =
      'class Counter { constructor(n) { this.n = n } inc() { return ++this.n }\nget() { return this.n } }'
    const result = judge(code, counter)
    expect(result.tests[1]).toMatchObject({
      status: 'runtime_error',
      message: 'Test 2, operation 2 (add): TypeError: add is not a method of Counter.',
    })
  })
})

describe('lists and trees', () => {
  it('turns list arguments into ListNode chains and a returned list back into an array', () => {
    const problem: JudgeProblem = {
      harness: 'function',
      entry: 'reverse',
      params: ['list'],
      returns: 'list',
      comparator: { kind: 'exact' },
      tests: [
        { id: 1, visible: true, args: [[1, 2, 3]], expected: [3, 2, 1] },
        { id: 2, visible: true, args: [[]], expected: [] },
      ],
    }
    const code =
      'function reverse(head: ListNode | null): ListNode | null {\n  let prev: ListNode | null = null\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next }\n  return prev\n}'
    expect(judge(code, problem).verdict).toBe('accepted')
    const cyclic = judge(
      'function reverse(head) { if (head) head.next = head; return head }',
      problem,
    )
    expect(cyclic.tests[0]!.message).toBe(
      'Test 1: your return value could not be read as a linked list: TypeError: the list has a cycle, so it cannot be compared with the answer.',
    )
  })

  it('builds trees from level order with nulls and trims trailing nulls on the way back', () => {
    const problem: JudgeProblem = {
      harness: 'function',
      entry: 'invert',
      params: ['tree'],
      returns: 'tree',
      comparator: { kind: 'exact' },
      tests: [
        { id: 1, visible: true, args: [[4, 2, 7, 1, 3, 6, 9]], expected: [4, 7, 2, 9, 6, 3, 1] },
        { id: 2, visible: true, args: [[1, null, 2, 3]], expected: [1, 2, null, null, 3] },
        { id: 3, visible: true, args: [[]], expected: [] },
      ],
    }
    const code =
      'function invert(t: TreeNode | null): TreeNode | null {\n  if (!t) return null\n  const left = invert(t.left)\n  t.left = invert(t.right)\n  t.right = left\n  return t\n}'
    expect(judge(code, problem).verdict).toBe('accepted')
  })

  it('gives candidate code the documented globals', () => {
    const problem: JudgeProblem = {
      harness: 'function',
      entry: 'f',
      comparator: { kind: 'exact' },
      tests: [{ id: 1, visible: true, args: [], expected: [[1, 2], true, [1, null, 2], 0] }],
    }
    const code =
      'function f() { const l = toList([1, 2]); return [fromList(l), l instanceof ListNode, fromTree(toTree([1, null, 2])), new TreeNode().val] }'
    expect(judge(code, problem).verdict).toBe('accepted')
  })
})

describe('checker', () => {
  const problem: JudgeProblem = {
    harness: 'function',
    entry: 'anyPermutation',
    comparator: { kind: 'checker' },
    checker: [
      'function check(input: unknown[], expected: unknown, actual: unknown): true | string {',
      '  const want = [...(input[0] as number[])].sort((a, b) => a - b)',
      '  if (!Array.isArray(actual)) return "the answer must be an array"',
      '  const got = [...actual].sort((a, b) => a - b)',
      '  return JSON.stringify(got) === JSON.stringify(want) ? true : `${JSON.stringify(actual)} is not a permutation of the input`',
      '}',
    ].join('\n'),
    tests: [
      { id: 1, visible: true, args: [[3, 1, 2]], expected: [1, 2, 3] },
      { id: 2, visible: false, args: [[5, 5]], expected: [5, 5] },
    ],
  }

  it('accepts any answer the checker accepts and shows its reason otherwise', () => {
    expect(
      judge('function anyPermutation(a: number[]) { return [...a].reverse() }', problem).verdict,
    ).toBe('accepted')
    const wrong = judge('function anyPermutation(a: number[]) { return [1] }', problem)
    expect(wrong.tests.map((test) => test.message)).toEqual([
      'Test 1: [1] is not a permutation of the input.',
      'Test 2 returned a wrong answer.',
    ])
  })

  it('runs the checker in its own context, out of reach of the candidate', () => {
    const tamper =
      'function anyPermutation(a: number[]) { globalThis.check = () => true; JSON.stringify = () => "x"; return [0] }'
    expect(judge(tamper, problem).verdict).toBe('wrong_answer')
  })

  it('refuses a checker that does not compile', () => {
    expect(() =>
      judge('function anyPermutation(a) { return a }', {
        ...problem,
        checker: 'function check( {',
      }),
    ).toThrow(JudgeSetupError)
  })
})

describe('determinism and budgets', () => {
  const work =
    'function twoSum(nums: number[], target: number): number[] {\n  let spin = 0\n  for (let i = 0; i < 10000; i++) spin += i % 7\n  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j]\n  return []\n}'

  it('gives the same verdict and the same cost on 100 runs of the same code', () => {
    const problem = twoSumHandWritten()
    const first = judge(work, problem)
    expect(first.cost).toBeGreaterThan(0)
    const signatures = new Set<string>()
    for (let i = 0; i < 100; i++) {
      const result = judge(work, problem)
      signatures.add(
        JSON.stringify([
          result.verdict,
          result.cost,
          result.tests.map((test) => [test.status, test.cost]),
        ]),
      )
    }
    expect([...signatures]).toEqual([
      JSON.stringify([
        first.verdict,
        first.cost,
        first.tests.map((test) => [test.status, test.cost]),
      ]),
    ])
  })

  it('turns a cost over the tick budget into time_limit, with a sentence in ops', () => {
    const problem = twoSumHandWritten()
    const cost = judge(work, problem).tests[3]!.cost
    problem.tests[3]!.budget = cost - 1
    const result = judge(work, problem)
    expect(result.verdict).toBe('time_limit')
    expect(result.tests[3]).toMatchObject({ status: 'time_limit', budget: cost - 1, cost })
    expect(result.tests[3]!.message).toMatch(/^Test 4 went over its limit of [\d.]+ [kM] ops\.$/)
    problem.tests[3]!.budget = cost
    expect(judge(work, problem).verdict).toBe('accepted')
  })

  it('seeds Math.random and fixes the clock', () => {
    const problem: JudgeProblem = {
      harness: 'function',
      entry: 'f',
      comparator: { kind: 'exact' },
      tests: [{ id: 1, visible: true, args: [], expected: null }],
    }
    const code =
      'function f() { return [Math.random(), Math.random(), Date.now(), new Date().toISOString()] }'
    const one = judge(code, problem).tests[0]!.actual as unknown[]
    expect(judge(code, problem).tests[0]!.actual).toEqual(one)
    expect(one.slice(2)).toEqual([Date.UTC(2024, 0, 1), '2024-01-01T00:00:00.000Z'])
    expect(judge(code, problem, { seed: 7 }).tests[0]!.actual).not.toEqual(one)
  })
})

describe('generators', () => {
  const source =
    'const n = rng.int(5, 9)\nconst nums: number[] = []\nfor (let i = 0; i < n; i++) nums.push(rng.int(-50, 50))\nreturn { args: [rng.shuffle(nums), rng.pick(nums)] }'

  it('produce the same case for the same seed and another for another seed', () => {
    const a = engine.generate({ source, seed: 12, harness: 'function' })
    expect(engine.generate({ source, seed: 12, harness: 'function' })).toEqual(a)
    expect(engine.generate({ source, seed: 13, harness: 'function' })).not.toEqual(a)
    expect(a.args).toHaveLength(2)
  })

  it('fail with a sentence and the line in the generator body', () => {
    const attempt = () =>
      engine.generate({
        source: 'const xs = [1]\nreturn { args: [xs.nope.length] }',
        seed: 1,
        harness: 'function',
      })
    expect(attempt).toThrow(GeneratorError)
    expect(attempt).toThrow(
      "The generator failed at line 2: TypeError: cannot read property 'length' of undefined",
    )
    expect(() =>
      engine.generate({ source: 'return { ops: [] }', seed: 1, harness: 'class' }),
    ).toThrow(/must return \{ ops/)
    expect(() =>
      engine.generate({ source: 'while (true) {}', seed: 1, harness: 'function', timeMs: 100 }),
    ).toThrow('The generator failed: it ran past its limit of 100 ms')
  })
})
