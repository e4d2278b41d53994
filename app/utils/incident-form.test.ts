import { describe, expect, it } from 'vitest'
import { actionFromForm } from './incident-form'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}

describe('incident action forms', () => {
  it('drops empty fields and the form plumbing, and turns counts into numbers', () => {
    expect(actionFromForm(form({ intent: 'incident-action', attemptId: '3', type: 'scale-out', service: 'api', region: '', hosts: '4' }))).toEqual({
      type: 'scale-out',
      service: 'api',
      hosts: 4,
    })
  })

  it('splits the caller → dependency pair and keeps an empty log query', () => {
    expect(actionFromForm(form({ type: 'check-dependency', pair: 'checkout>payments' }))).toEqual({ type: 'check-dependency', service: 'checkout', dependency: 'payments' })
    expect(actionFromForm(form({ type: 'search-logs', service: 'api', query: '', window: '15m' }))).toEqual({ type: 'search-logs', service: 'api', query: '', window: '15m' })
  })

  it('leaves a non-number count as text for the engine to refuse with a sentence', () => {
    expect(actionFromForm(form({ type: 'shed-load', service: 'api', percent: 'lots' }))).toEqual({ type: 'shed-load', service: 'api', percent: 'lots' })
  })
})
