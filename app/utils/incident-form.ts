const numeric = new Set(['hosts', 'percent'])
const ignored = new Set(['intent', 'attemptId', 'pair'])

/**
 * Turns an action form of the incident console into the engine's action object: empty fields are left
 * out, counts become numbers, and the "caller → dependency" pair splits into its two ids. The engine
 * validates the result (parseAction) and answers in sentences.
 */
export function actionFromForm(formData: FormData): Record<string, unknown> {
  const action: Record<string, unknown> = {}
  for (const [key, value] of formData) {
    if (ignored.has(key) || typeof value !== 'string') continue
    const trimmed = value.trim()
    if (trimmed === '' && key !== 'query') continue
    action[key] = numeric.has(key) && trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed
  }
  const pair = formData.get('pair')
  if (typeof pair === 'string' && pair.includes('>')) {
    const [service, dependency] = pair.split('>')
    action.service = service
    action.dependency = dependency
  }
  return action
}
