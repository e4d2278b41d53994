import { describe, expect, it } from 'vitest'
import { defaultDesignSections, type DesignSpec } from './types'
import { publicDesign } from './view'

const spec: DesignSpec & { reference: string } = {
  sections: [...defaultDesignSections],
  estimates: [
    {
      id: 'storage',
      question: 'Storage per year',
      unit: 'TB/year',
      answer: 1.6,
      tolerance: 0.5,
      worked: '4.4 GB/day × 365',
    },
  ],
  rubric: [{ id: 'data', criterion: 'Data model', weight: 100, guidance: 'Keys and partitions' }],
  reference: 'The secret reference answer',
}

describe('publicDesign', () => {
  it('keeps the sections and the estimate questions with their units', () => {
    const shown = publicDesign(spec)
    expect(shown.sections.map((section) => section.id)).toEqual(
      defaultDesignSections.map((section) => section.id),
    )
    expect(shown.estimates).toEqual([
      { id: 'storage', question: 'Storage per year', unit: 'TB/year', family: 'bandwidth' },
    ])
  })

  it('leaves out answers, tolerances, worked calculations, the rubric and the reference', () => {
    const text = JSON.stringify(publicDesign(spec))
    expect(text).not.toMatch(
      /answer|tolerance|worked|1\.6|4\.4 GB|rubric|Keys and partitions|secret/,
    )
  })
})
