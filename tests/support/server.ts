import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface TestServer {
  url: string
  databasePath: string
  process: ChildProcess
  logs: () => string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

const root = path.resolve(import.meta.dirname, '../..')

/** Starts the production build on a free port with its own temporary database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(root, 'build/index.js'))) {
    throw new Error('No production build: run "npm run build" before the server tests.')
  }
  const databasePath = env.DATABASE_PATH ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drill-srv-')), 'drill.db')
  // One process (no tsx CLI wrapper in between), so signals reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DRILL_PRINT_PORT: '1',
      LOG_LEVEL: 'warn',
      DATABASE_PATH: databasePath,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000)
    const onData = () => {
      const match = /DRILL_PORT=(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before listening:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    databasePath,
    process: child,
    logs: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        // A child killed by a signal has no exit code, only a signal code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill(signal)
      }),
  }
}
