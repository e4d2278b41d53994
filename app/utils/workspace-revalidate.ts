import { type ShouldRevalidateFunction } from '@remix-run/react'

/** Editor pages: autosaves and background submits change nothing the page shows; skip reloading after each. */
export const skipWorkspaceRevalidation: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  const intent = formData?.get('intent')
  if (intent === 'save-draft' || (intent === 'submit' && formData?.get('inline') === '1')) return false
  return defaultShouldRevalidate
}
