import { redirect, type LoaderFunctionArgs } from '@remix-run/node'

/** `/groups/join?code=…` (the join-by-code form) goes to the invite's own page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const code = new URL(request.url).searchParams.get('code')?.trim() ?? ''
  return redirect(code ? `/groups/join/${encodeURIComponent(code)}` : '/groups')
}
