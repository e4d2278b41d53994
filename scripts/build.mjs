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
fs.writeFileSync(path.join(root, 'public/monaco/version.json'), JSON.stringify({ version: monacoVersion }))
