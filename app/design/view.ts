import { estimateUnit } from './grade'
import { type DesignSection, type DesignSpec } from './types'
import { type UnitFamily } from './units'

/** What the browser may see of a design prompt before the candidate submits. */
export interface PublicDesign {
  sections: DesignSection[]
  estimates: { id: string; question: string; unit: string; family: UnitFamily }[]
}

/**
 * The answer form without the secrets: estimate answers, tolerances and worked calculations, the rubric
 * and the reference answer stay on the server until the candidate submits.
 */
export function publicDesign(spec: Pick<DesignSpec, 'sections' | 'estimates'>): PublicDesign {
  return {
    sections: spec.sections.map(({ id, title, guidance }) => ({ id, title, guidance })),
    estimates: spec.estimates.map((estimate) => ({
      id: estimate.id,
      question: estimate.question,
      unit: estimate.unit,
      family: estimateUnit(estimate).family,
    })),
  }
}
