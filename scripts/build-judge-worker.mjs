#!/usr/bin/env node
// Builds the judge's two worker bundles (ADR 0004):
//   build/judge/worker.mjs           the server's worker_threads entry, used when app/judge is bundled
//                                    into the server build (no tsx needed inside the thread)
//   public/judge/worker-[hash].js    the browser's Web Worker for "Run"
//   public/judge/sim-worker-[hash].js the simulator's Web Worker (Run and replay on /sim/<slug>)
//   public/judge/quickjs-[hash].wasm the RELEASE_SYNC QuickJS build, served from our origin (no CDN)
//   public/judge/manifest.json       { worker, wasm, sim }: what the run-in-browser.ts modules load
// Usage: node scripts/build-judge-worker.mjs [--server-out DIR] [--public-out DIR]   (tests build into a temp dir)
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { values: args } = parseArgs({
  options: { 'server-out': { type: 'string' }, 'public-out': { type: 'string' } },
})
const serverOut = path.resolve(args['server-out'] ?? path.join(root, 'build/judge'))
const publicOut = path.resolve(args['public-out'] ?? path.join(root, 'public/judge'))

const started = performance.now()

await rm(publicOut, { recursive: true, force: true })
await mkdir(publicOut, { recursive: true })
await mkdir(serverOut, { recursive: true })
await build({
  absWorkingDir: root,
  entryPoints: ['app/judge/worker.server.ts'],
  outfile: path.join(serverOut, 'worker.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS (sucrase) still calls require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})

const browser = await build({
  absWorkingDir: root,
  entryPoints: { worker: 'app/judge/browser/worker.ts' },
  outdir: publicOut,
  entryNames: '[name]-[hash]',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2020',
  minify: true,
  metafile: true,
  logLevel: 'warning',
})
const workerFile = Object.keys(browser.metafile.outputs).find((file) => file.endsWith('.js'))
if (!workerFile) throw new Error('esbuild produced no worker bundle')

const simBrowser = await build({
  absWorkingDir: root,
  entryPoints: { 'sim-worker': 'app/sim/browser/worker.ts' },
  outdir: publicOut,
  entryNames: '[name]-[hash]',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2020',
  minify: true,
  metafile: true,
  logLevel: 'warning',
})
const simWorkerFile = Object.keys(simBrowser.metafile.outputs).find((file) => file.endsWith('.js'))
if (!simWorkerFile) throw new Error('esbuild produced no simulator worker bundle')

const wasm = await readFile(require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm'))
const wasmName = `quickjs-${createHash('sha256').update(wasm).digest('hex').slice(0, 12)}.wasm`
await writeFile(path.join(publicOut, wasmName), wasm)

const manifest = { worker: path.basename(workerFile), wasm: wasmName, sim: path.basename(simWorkerFile) }
await writeFile(path.join(publicOut, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

const ms = Math.round(performance.now() - started)
const shown = (dir, file) => path.relative(root, path.join(dir, file))
console.log(
  `judge workers built in ${ms} ms: ${shown(serverOut, 'worker.mjs')}, ${shown(publicOut, manifest.worker)}, ${shown(publicOut, manifest.sim)}, ${shown(publicOut, wasmName)}`,
)
