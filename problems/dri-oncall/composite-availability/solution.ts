type Component =
  | { type: 'unit'; name: string; availability: number }
  | { type: 'serial'; parts: Component[] }
  | { type: 'parallel'; parts: Component[] }
  | { type: 'quorum'; need: number; parts: Component[] }

function systemAvailability(system: Component): { availability: number; downtimeMinutesPerYear: number } {
  const availability = upProbability(system)
  return { availability, downtimeMinutesPerYear: (1 - availability) * 525600 }
}

function upProbability(node: Component): number {
  switch (node.type) {
    case 'unit':
      return node.availability
    case 'serial': {
      let up = 1
      for (const part of node.parts) up *= upProbability(part)
      return up
    }
    case 'parallel': {
      let allDown = 1
      for (const part of node.parts) allDown *= 1 - upProbability(part)
      return 1 - allDown
    }
    case 'quorum': {
      // exactly[j] = probability that exactly j of the parts seen so far are up.
      // Only counts below `need` matter individually; `enough` collects every count >= need.
      const need = node.need
      const exactly = new Float64Array(need)
      exactly[0] = 1
      let enough = 0
      let seen = 0
      for (const part of node.parts) {
        const p = upProbability(part)
        const q = 1 - p
        seen++
        enough += exactly[need - 1] * p
        for (let j = Math.min(seen, need - 1); j >= 1; j--) exactly[j] = exactly[j] * q + exactly[j - 1] * p
        exactly[0] *= q
      }
      return enough
    }
  }
}
