// The files of a small code problem as an author types them in the browser: a suite without teeth (no
// test has a negative maximum, so the wrong solution that starts from 0 passes) and the test that fixes it.

export const largestEntry = 'largestValue'

export function largestValueFiles({ slug, title = 'Largest Value', statement = 'Return the largest number in the non-empty array `nums`. Values may be negative.' }: { slug: string; title?: string; statement?: string }): Record<string, string> {
  const tests = Array.from({ length: 9 }, (_, i) => {
    const id = i + 3
    const first = (i + 3) * 10
    return `  - id: ${id}\n    name: maximum ${first} first\n    args: [[${first}, 1, 2]]\n    expected: ${first}\n`
  }).join('')
  return {
    'problem.md': `---
slug: ${slug}
title: ${title}
kind: code
difficulty: easy
tags: [arrays]
roles: [backend]
entry: largestValue
signature: "function largestValue(nums: number[]): number"
---

${statement}
`,
    'starter.ts': 'function largestValue(nums: number[]): number {\n  return 0\n}\n',
    'solution.ts': solutionCode,
    'tests.yaml': `tests:
  - id: 1
    name: example
    visible: true
    args: [[3, 9, 4]]
    expected: 9
  - id: 2
    name: one element
    visible: true
    args: [[5]]
    expected: 5
${tests}  - id: 12
    name: 1 000 positive values
    generate: |
      const nums = []
      for (let i = 0; i < 1000; i++) nums.push(rng.int(1, 1000000))
      return { args: [nums] }
`,
    'wrong/starts-at-zero.ts': `// expect: wrong_answer
// Starts from 0 instead of the first element, so an all-negative array answers 0.
function largestValue(nums: number[]): number {
  let best = 0
  for (let i = 0; i < nums.length; i++) if (nums[i] > best) best = nums[i]
  return best
}
`,
    'hints.md': '## Hint 1\nLook at every element once.\n\n## Hint 2\nStart from the first element, not from 0.\n',
    'editorial.md': 'One pass, starting from `nums[0]`: O(n).\n',
  }
}

export const solutionCode = 'function largestValue(nums: number[]): number {\n  let best = nums[0]\n  for (let i = 1; i < nums.length; i++) if (nums[i] > best) best = nums[i]\n  return best\n}\n'

/** The test that gives the suite its teeth: an all-negative array. */
export const negativeTest = '  - id: 13\n    name: all negative\n    args: [[-7, -3, -9]]\n    expected: -3\n'

export function withNegativeTest(files: Record<string, string>) {
  return { ...files, 'tests.yaml': files['tests.yaml']! + negativeTest }
}
