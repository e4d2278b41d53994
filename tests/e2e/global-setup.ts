import { type TestProject } from 'vitest/node'
import { startTestServer } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** One production server with a fresh database for the whole e2e run. */
export default async function setup(project: TestProject) {
  const server = await startTestServer({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' })
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
  }
}
