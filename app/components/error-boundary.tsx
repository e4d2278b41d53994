import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'

const titles: Record<number, string> = {
  400: 'That request did not make sense',
  401: 'Please log in',
  403: 'You do not have access to this page',
  404: 'We could not find that page',
  429: 'Slow down a little',
  500: 'Something went wrong on our side',
  503: 'Drill is busy right now',
}

/** The shared error view every route's ErrorBoundary renders, with a message per status. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const detail =
    isRouteErrorResponse(error) && typeof error.data === 'string' && status < 500 ? error.data : null
  if (!isRouteErrorResponse(error)) console.error(error)
  return (
    <section className="mx-auto max-w-xl py-16 text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">Error {status}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold tracking-tight">
        {titles[status] ?? 'Something went wrong'}
      </h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">
        {detail ??
          (status === 404
            ? 'The address may be mistyped, or the page may have moved.'
            : 'Try again in a moment. If it keeps happening, tell whoever runs this Drill.')}
      </p>
      <p className="mt-8">
        <Link to="/" className="btn-primary">
          Back to the home page
        </Link>
      </p>
    </section>
  )
}
