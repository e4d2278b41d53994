import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Each test file runs in its own process with its own database file and quiet logs.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drill-test-'))
process.env.DATABASE_PATH = path.join(dir, 'drill.db')
process.env.LOG_LEVEL = 'silent'
process.env.NODE_ENV = 'test'
delete process.env.SESSION_SECRET
delete process.env.ALLOW_SIGNUP
