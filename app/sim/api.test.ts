import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { NODE_API_TYPES } from './api'

it('gives the editor exactly the declaration the repository type-checks the challenges with', () => {
  const file = readFileSync(new URL('./drill-sim.d.ts', import.meta.url), 'utf8')
  expect(NODE_API_TYPES).toBe(file)
})
