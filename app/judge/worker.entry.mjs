// Dev and test entry of a judge worker thread: register tsx inside the thread, then run the TypeScript
// worker. Production uses build/judge/worker.mjs, bundled by scripts/build-judge-worker.mjs.
import { register } from 'tsx/esm/api'

register()
await import('./worker.server.ts')
