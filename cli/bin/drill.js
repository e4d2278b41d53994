#!/usr/bin/env node
// The bin is plain JS so `npx drill` needs no build step: register tsx, then run the TypeScript CLI.
import { register } from 'tsx/esm/api'

register()
await import('../index.ts')
