/**
 * Simulator benchmark (`npx tsx bench/sim.ts`): prints figures, asserts nothing.
 *   1. the 25-node efficient-broadcast reference (100 ms latency) over several seeds: wall time per
 *      run, simulated messages and node steps per second of wall time, and what the run reports
 *      (msgs-per-op, operation and stable latency quantiles in virtual time);
 *   2. every sim challenge's reference and wrong solutions on their first seed: wall time per run
 *      (the simulator must finish any run in under 10 s on a 2-core machine).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseWorkloadConfig } from '~/sim/config'
import { createSimulator } from '~/sim/simulation'
import { type Quantiles, type SimResult, type WorkloadInput } from '~/sim/types'

const root = fileURLToPath(new URL('../problems/distributed-systems', import.meta.url))
const read = (...parts: string[]) => readFileSync(path.join(root, ...parts), 'utf8')
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ms = (value: number) => `${value.toFixed(0)} ms`
const q = (quantiles: Quantiles | undefined) =>
  quantiles
    ? `p50 ${ms(quantiles.p50)}, p95 ${ms(quantiles.p95)}, p99 ${ms(quantiles.p99)}, max ${ms(quantiles.max)}`
    : 'n/a'

console.log(
  `sim bench: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
)
const simulator = await createSimulator()
// Runs are measured against the machine, not stopped by it.
const limits = { wallMs: 120_000 }

const workload = JSON.parse(read('broadcast-efficient', 'workload.json')) as WorkloadInput
const code = read('broadcast-efficient', 'solution.ts')
simulator.run({ code, workload, seed: 100, limits })
const runs: Array<{ result: SimResult; cpuMs: number }> = []
for (let seed = 1; seed <= 5; seed++) {
  const cpu = process.cpuUsage()
  const result = simulator.run({ code, workload, seed, limits })
  const used = process.cpuUsage(cpu)
  runs.push({ result, cpuMs: (used.user + used.system) / 1000 })
}
const walls = runs.map(({ result }) => result.wallMs)
const cpus = runs.map(({ cpuMs }) => cpuMs)
const messages = runs.map(({ result }) => result.stats.messages.total)
const steps = runs.map(({ result }) => result.stats.messages.total + result.stats.timerFirings)
const first = runs[0]!.result
console.log(`\nefficient broadcast reference, 25 nodes, 100 ms latency, ${runs.length} seeds:`)
console.log(
  `  wall per run:        median ${ms(median(walls))}, max ${ms(Math.max(...walls))} (CPU median ${ms(median(cpus))})`,
)
console.log(
  `  simulated messages:  ${median(messages).toLocaleString('en-US')} per run, ${Math.round(
    median(runs.map(({ result }) => result.stats.messages.total / (result.wallMs / 1000))),
  ).toLocaleString('en-US')} per second of wall time`,
)
console.log(
  `  node steps:          ${median(steps).toLocaleString('en-US')} per run (deliveries + timer firings), ${Math.round(
    median(runs.map(({ result }, i) => steps[i]! / (result.wallMs / 1000))),
  ).toLocaleString('en-US')} per second of wall time`,
)
console.log(`  virtual time:        ${(first.stats.virtualMs / 1000).toFixed(1)} s per run`)
console.log(`  verdicts:            ${runs.map(({ result }) => result.verdict).join(', ')}`)
for (const { result } of runs) {
  console.log(
    `  seed ${result.seed}: ${result.stats.ops.total} ops, msgs-per-op ${result.stats.msgsPerOp}; latency ${q(result.stats.latency)}; stable latency ${q(result.stats.stableLatency)}`,
  )
}
const identical =
  JSON.stringify(simulator.run({ code, workload, seed: 1, limits }).trace) ===
  JSON.stringify(first.trace)
console.log(`  seed 1 rerun gives a byte-identical trace: ${identical}`)

console.log('\nevery sim challenge on its first seed (wall time per run):')
// The sim challenges are the folders of the area with a workload.json.
for (const slug of readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'workload.json')))
  .map((e) => e.name)
  .sort()) {
  const input = JSON.parse(read(slug, 'workload.json')) as WorkloadInput
  const seed = parseWorkloadConfig(input).seeds[0]!
  const files = [
    'solution.ts',
    ...readdirSync(path.join(root, slug, 'wrong'))
      .sort()
      .map((file) => `wrong/${file}`),
  ]
  const cells = files.map((file) => {
    const result = simulator.run({ code: read(slug, file), workload: input, seed, limits })
    return `${file.replace(/\.ts$/, '')} ${result.verdict} ${ms(result.wallMs)} (${result.stats.messages.total.toLocaleString('en-US')} msgs)`
  })
  console.log(`  ${slug.padEnd(21)} ${cells.join(' · ')}`)
}
