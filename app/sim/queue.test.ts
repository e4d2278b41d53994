import { describe, expect, it } from 'vitest'
import { ln, Prng } from './prng'
import { EventQueue } from './queue'

describe('EventQueue', () => {
  it('pops by time, and events at the same time in the order they were pushed', () => {
    const queue = new EventQueue<string>()
    const rng = new Prng(3)
    const pushed: Array<[number, string]> = []
    for (let i = 0; i < 500; i++) {
      const time = rng.int(0, 20)
      pushed.push([time, `e${i}`])
      queue.push(time, `e${i}`)
    }
    const popped: string[] = []
    for (let next = queue.pop(); next; next = queue.pop()) popped.push(next.item)
    const expected = pushed
      .map(([time, item], i) => ({ time, item, i }))
      .sort((a, b) => a.time - b.time || a.i - b.i)
      .map(({ item }) => item)
    expect(popped).toEqual(expected)
  })
})

describe('Prng', () => {
  it('repeats its sequence for a seed, and named forks do not depend on how much the parent was used', () => {
    const a = new Prng(42)
    const b = new Prng(42)
    expect(Array.from({ length: 5 }, () => a.nextUint32())).toEqual(
      Array.from({ length: 5 }, () => b.nextUint32()),
    )
    const fresh = new Prng(42).fork('network').next()
    const used = new Prng(42)
    for (let i = 0; i < 100; i++) used.next()
    expect(used.fork('network').next()).toBe(fresh)
    expect(new Prng(42).fork('nemesis').next()).not.toBe(fresh)
  })

  it('draws integers within bounds', () => {
    const rng = new Prng(1)
    for (let i = 0; i < 1000; i++) {
      const value = rng.int(-3, 3)
      expect(value).toBeGreaterThanOrEqual(-3)
      expect(value).toBeLessThanOrEqual(3)
    }
  })

  it('computes logarithms without Math.log, to within a few ulps of it', () => {
    for (const x of [1, 0.75, 0.5, 0.1, 1e-3, 1e-9, 2 ** -32]) {
      expect(Math.abs(ln(x) - Math.log(x))).toBeLessThanOrEqual(
        4 * Number.EPSILON * Math.max(1, Math.abs(Math.log(x))),
      )
    }
  })
})
