import { Form } from '@remix-run/react'

/** "Ask a mentor": posts to /feedback, which records the request for the chosen group's mentors. */
export function RequestReviewForm({ itemType, itemId, groups, redirectTo }: { itemType: 'submission' | 'design' | 'incident'; itemId: number; groups: { id: number; name: string }[]; redirectTo: string }) {
  if (groups.length === 0) return null
  return (
    <Form method="post" action="/feedback" className="card space-y-2">
      <h2 className="font-semibold">Ask a mentor for a review</h2>
      <input type="hidden" name="intent" value="request" />
      <input type="hidden" name="itemType" value={itemType} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block">Group</span>
          <select name="groupId" className="input w-auto py-1">
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-64 flex-1 text-sm">
          <span className="block">What should they look at? (optional)</span>
          <input name="note" className="input py-1" maxLength={500} />
        </label>
        <button type="submit" className="btn-secondary">
          Request review
        </button>
      </div>
    </Form>
  )
}
