import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from '@remix-run/react'
import { type ReactNode } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import stylesheet from '~/tailwind.css'
import { mentorsAnyGroup } from '~/models/groups.server'
import { countUnseenReviews } from '~/models/mentor-reviews.server'
import { getOptionalUser } from '~/utils/auth.server'
import { getEnv } from '~/utils/env.server'
import { useNonce } from '~/utils/nonce'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = () => [
  { title: 'Drill: interview practice for backend and cloud-infrastructure engineers' },
  { name: 'description', content: 'Practise algorithms, distributed systems and on-call incidents.' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  // The only values that ever reach the browser from the environment:
  const publicEnv = { allowSignup: getEnv().ALLOW_SIGNUP }
  const notices = user ? { unseenReviews: countUnseenReviews({ userId: user.id }), mentors: mentorsAnyGroup({ userId: user.id }) } : null
  return json({ user, publicEnv, notices })
}

/**
 * The nav's counts come from this loader, which Remix does not rerun on a plain navigation. Opening a
 * finished review marks it seen (in that page's loader), so leaving a review page refreshes the count.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || (currentUrl.pathname.startsWith('/reviews/') && nextUrl.pathname !== currentUrl.pathname)

export type RootLoaderData = ReturnType<typeof useRootData>
export function useRootData() {
  return useRouteLoaderData<typeof loader>('root')
}

function navClass({ isActive }: { isActive: boolean }) {
  return `rounded-md px-3 py-2 text-sm font-medium ${
    isActive
      ? 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`
}

function Header() {
  const data = useRootData()
  const user = data?.user
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link to="/" className="text-lg font-bold tracking-tight">
          Drill
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
          <NavLink to="/tracks" className={navClass}>
            Tracks
          </NavLink>
          <NavLink to="/plan" className={navClass}>
            Plan
          </NavLink>
          {user ? (
            <>
              <NavLink to="/progress" className={navClass}>
                Progress
              </NavLink>
              <NavLink to="/review" className={navClass}>
                Review
              </NavLink>
              <NavLink to="/groups" className={navClass}>
                Groups
              </NavLink>
              <NavLink to="/feedback" className={navClass}>
                Feedback{data?.notices?.unseenReviews ? <span className="ml-1 rounded-full bg-sky-700 px-1.5 text-xs text-white" data-testid="feedback-count">{data.notices.unseenReviews} new</span> : null}
              </NavLink>
              {data?.notices?.mentors ? (
                <NavLink to="/mentor/reviews" className={navClass}>
                  Mentor
                </NavLink>
              ) : null}
              {user.role !== 'candidate' ? (
                <NavLink to="/author" className={navClass}>
                  Author
                </NavLink>
              ) : null}
            </>
          ) : null}
          {user?.role === 'admin' ? (
            <NavLink to="/admin/users" className={navClass}>
              Admin
            </NavLink>
          ) : null}
        </nav>
        <div className="flex items-center gap-2">
          {user ? (
            <>
              <NavLink to="/account" className={navClass}>
                {user.displayName}
              </NavLink>
              <Form method="post" action="/logout">
                <button type="submit" className="btn-secondary">
                  Log out
                </button>
              </Form>
            </>
          ) : (
            <>
              <NavLink to="/login" className={navClass}>
                Log in
              </NavLink>
              {data?.publicEnv.allowSignup !== 'closed' ? (
                <Link to="/signup" className="btn-primary">
                  Sign up
                </Link>
              ) : null}
            </>
          )}
        </div>
      </div>
    </header>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <Header />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Drill — self-hosted interview practice.
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
