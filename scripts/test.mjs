// `npm test`: every gate, in order, stopping at the first failure; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const reports = path.join(root, '.cache/test-reports')
fs.rmSync(reports, { recursive: true, force: true })
fs.mkdirSync(reports, { recursive: true })

const steps = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['build', process.execPath, [path.join(root, 'scripts/build.mjs')]],
  ['unit, integration and sandbox tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]],
  ['content check', process.execPath, [path.join(root, 'cli/bin/drill.js'), 'problems', 'check']],
  ['end-to-end tests', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${reports}/e2e.json`]],
]

let passed = 0
let failed = 0
function count(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests
  } catch {
    // No report: the step failed before running tests; its exit code already says so.
  }
}

const started = Date.now()
for (const [name, cmd, args] of steps) {
  const t0 = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } })
  console.log(`  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  if (result.status !== 0) {
    count(`${reports}/vitest.json`)
    count(`${reports}/e2e.json`)
    console.log(`\nnpm test: ${passed} passed, ${Math.max(failed, 1)} failed`)
    process.exit(1)
  }
}
count(`${reports}/vitest.json`)
count(`${reports}/e2e.json`)
console.log(`\nAll gates passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
console.log(`${passed} passed, ${failed} failed`)
