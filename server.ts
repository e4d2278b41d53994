import crypto from 'node:crypto'
import { type Socket } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'
import type { isCrossOriginWrite } from '~/utils/origin.server'
import type { Services } from '~/utils/services.server'

type EntryModule = { services: Services; isCrossOriginWrite: typeof isCrossOriginWrite }

const BUILD_PATH = path.resolve('build/index.js')
const isProduction = process.env.NODE_ENV === 'production'

function fail(message: string): never {
  console.error(`drill: ${message}`)
  process.exit(1)
}

async function loadBuild() {
  try {
    return (await import(pathToFileURL(BUILD_PATH).href + `?t=${Date.now()}`)) as ServerBuild
  } catch (error) {
    fail(`cannot load the app build at ${BUILD_PATH} (${(error as Error).message}). Run "npm run build" first.`)
  }
}

const build = await loadBuild()
const entry = build.entry.module as unknown as EntryModule
const { services } = entry

try {
  await services.start()
} catch (error) {
  fail((error as Error).message)
}
const logger = services.logger()
const { port, host } = services.listenAddress()

const app = express()
app.disable('x-powered-by')
app.set('trust proxy', process.env.TRUST_PROXY === 'true')

app.use((req, res, next) => {
  res.locals.requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || crypto.randomUUID()
  res.locals.cspNonce = crypto.randomBytes(16).toString('base64')
  res.locals.context = { requestId: res.locals.requestId, ip: req.ip ?? 'unknown', cspNonce: res.locals.cspNonce }
  res.setHeader('X-Request-Id', res.locals.requestId)
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const route = res.locals.context.routeId ?? res.locals.routeLabel ?? 'other'
    services.observeRequest({ method: req.method, route, status: res.statusCode, seconds: ms / 1000 })
    logger.info(
      { reqId: res.locals.requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10, route },
      'request',
    )
  })
  next()
})

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Remix's hydration scripts carry the per-request nonce; QuickJS needs WebAssembly compilation.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Monaco starts its workers from blob: URLs.
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // A study group often serves plain http on a LAN; do not tell browsers to upgrade or pin https.
    strictTransportSecurity: false,
    // helmet's default, no-referrer, makes browsers send `Origin: null` on plain (no-JavaScript) form posts.
    referrerPolicy: { policy: 'same-origin' },
  }),
)

app.use((req, res, next) => {
  const refused = entry.isCrossOriginWrite({
    method: req.method,
    origin: req.headers.origin,
    secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
    host: req.headers.host,
  })
  if (refused) {
    res.locals.routeLabel = 'cross-origin-refused'
    res.status(403).type('text/plain').send('Cross-origin requests that change data are refused.')
    return
  }
  next()
})

app.use(compression())

app.get('/healthz', (_req, res) => {
  res.locals.routeLabel = 'healthz'
  const report = services.health()
  res.status(report.ok ? 200 : 503).json(report)
})

app.get('/metrics', async (_req, res) => {
  res.locals.routeLabel = 'metrics'
  res.type(services.metrics.contentType).send(await services.metrics.metrics())
})

// Fingerprinted assets never change under the same name: cache them for a year.
const immutable = { immutable: true, maxAge: '1y' }
app.use('/build', express.static('public/build', immutable))
app.use('/judge', express.static('public/judge', immutable))
app.use('/monaco', express.static('public/monaco', immutable))
app.use(express.static('public', { maxAge: '1h' }))

app.all(
  '*',
  createRequestHandler({
    build,
    mode: build.mode,
    getLoadContext: (_req, res) => res.locals.context,
  }),
)

const server = app.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  logger.info({ port: actualPort, host }, `Drill is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`)
  // Test harnesses read this line to learn the port when PORT=0.
  if (process.env.DRILL_PRINT_PORT) console.log(`DRILL_PORT=${actualPort}`)
  if (!isProduction) void broadcastDevReady(build)
})

const sockets = new Set<Socket>()
server.on('connection', (socket) => {
  sockets.add(socket)
  socket.on('close', () => sockets.delete(socket))
})

// Requests already on the wire when the signal lands are still read and answered during this pause;
// closing at once would drop connections whose request Node has not parsed yet.
const DRAIN_MS = 300

let shuttingDown = false
async function shutdown(signal: string) {
  if (shuttingDown) return
  shuttingDown = true
  logger.info({ signal }, 'shutting down: draining requests on the wire, then closing')
  await new Promise((resolve) => setTimeout(resolve, DRAIN_MS))
  const force = setTimeout(() => {
    logger.warn('in-flight requests did not finish in 10 s; closing their connections')
    for (const socket of sockets) socket.destroy()
  }, 10_000)
  force.unref()
  // Node closes idle keep-alive connections here and waits for the busy ones.
  server.close(async () => {
    clearTimeout(force)
    await services.stop()
    logger.info('stopped')
    process.exit(0)
  })
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
