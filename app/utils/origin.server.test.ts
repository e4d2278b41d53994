import { describe, expect, it } from 'vitest'
import { isCrossOriginWrite } from './origin.server'

const host = 'drill.local:3000'
const check = (method: string, origin: string | undefined, secFetchSite?: string) => isCrossOriginWrite({ method, origin, secFetchSite, host })

describe('cross-origin write guard', () => {
  it('lets reads through from anywhere', () => {
    expect(check('GET', 'https://evil.example')).toBe(false)
  })

  it('accepts a post from our own origin and refuses one from another', () => {
    expect(check('POST', 'http://drill.local:3000', 'same-origin')).toBe(false)
    expect(check('POST', 'https://evil.example', 'cross-site')).toBe(true)
  })

  it('accepts a plain form post that says Origin: null when the browser marks it same-origin, and nothing else', () => {
    expect(check('POST', 'null', 'same-origin')).toBe(false)
    expect(check('POST', 'null', 'cross-site')).toBe(true)
    expect(check('POST', 'null', undefined)).toBe(true)
  })

  it('lets clients without browser headers through (they cannot carry a victim cookie)', () => {
    expect(check('POST', undefined, undefined)).toBe(false)
    expect(check('POST', undefined, 'same-site')).toBe(true)
  })
})
