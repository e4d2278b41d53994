// Production build: the Remix app, the judge's worker bundles, and Monaco copied to our own origin.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' })

run(process.execPath, [path.join(root, 'node_modules/@remix-run/dev/dist/cli.js'), 'build'])

const judgeBuild = path.join(root, 'scripts/build-judge-worker.mjs')
if (fs.existsSync(judgeBuild)) run(process.execPath, [judgeBuild])

// Monaco is served from a versioned path so it can be cached for a year.
const monacoVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/monaco-editor/package.json'), 'utf8')).version
const monacoTarget = path.join(root, 'public/monaco', monacoVersion, 'vs')
if (!fs.existsSync(monacoTarget)) {
  fs.rmSync(path.join(root, 'public/monaco'), { recursive: true, force: true })
  fs.cpSync(path.join(root, 'node_modules/monaco-editor/min/vs'), monacoTarget, { recursive: true })
}

// The workspace's initial JavaScript (entry, root and the route with their imports; Monaco and the
// QuickJS runner load later, on demand). Target: at most 250 KB gzipped.
{
  const { gzipSync } = await import('node:zlib')
  const manifestFile = fs.readdirSync(path.join(root, 'public/build')).find((f) => /^manifest-.*\.js$/.test(f))
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'public/build', manifestFile), 'utf8').replace(/^window\.__remixManifest\s*=\s*/, '').replace(/;\s*$/, ''))
  const files = new Set([manifest.url, manifest.entry.module, ...manifest.entry.imports])
  for (const id of ['root', 'routes/problems.$slug']) {
    const route = manifest.routes[id]
    files.add(route.module)
    for (const file of route.imports ?? []) files.add(file)
  }
  let raw = 0
  let gzipped = 0
  for (const url of files) {
    const body = fs.readFileSync(path.join(root, 'public', url))
    raw += body.length
    gzipped += gzipSync(body).length
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  console.log(`workspace initial JS (excluding Monaco and the judge runner): ${kb(gzipped)} gzipped (${kb(raw)} raw, ${files.size} files); target ≤ 250 KB`)
}
