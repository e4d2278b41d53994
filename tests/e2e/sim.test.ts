import fs from 'node:fs'
import path from 'node:path'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectText,
  fillForm,
  launchBrowser,
  newRecordingContext,
  seriousAxeViolations,
  setEditorCode,
  waitForEditor,
} from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const noRetries = fs.readFileSync(
  path.resolve('problems/distributed-systems/broadcast-partitions/wrong/no-retries.ts'),
  'utf8',
)

describe('a sim challenge in the browser', () => {
  it('runs a seed in the browser, steps through its messages, replays it identically, and submits', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await page.goto('/signup')
    const password = 'partitions happen 1'
    await fillForm(page, {
      Email: 'sim-e2e@example.com',
      'Display name': 'Sim',
      Password: password,
      'Repeat password': password,
    })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/problems/broadcast-partitions')
    await page.waitForURL(/\/sim\/broadcast-partitions$/)
    await waitForEditor(page)
    await setEditorCode(page, noRetries)
    await page.getByTestId('sim-seed-input').fill('2')
    await page.getByTestId('sim-run').click()
    await expectText(page.getByTestId('run-verdict'), 'Wrong answer', { timeout: 30_000 })
    await expectText(page.getByTestId('run-seed'), '2', { exact: true })
    await expectText(page.getByTestId('run-explanation'), /did not reach every node/)

    // The slider reveals the trace message by message and shows the current body.
    await page.getByTestId('sim-step').fill('3')
    await expectText(page.getByTestId('sim-step-label'), /^3 \/ \d+ messages/)
    await expectText(page.getByTestId('sim-current-message'), '"type": "init"')

    await page.getByTestId('run-replay').click()
    await expectText(page.getByTestId('run-replay-status'), 'identical run', { timeout: 30_000 })

    await page.getByRole('button', { name: 'Submit' }).click()
    await expectText(page.getByTestId('submission-verdict'), 'Wrong answer', { timeout: 60_000 })
    // Monaco dims the number of the empty last line below the contrast threshold; that is the editor's, not ours.
    const violations = (await seriousAxeViolations(page)).filter(
      (v) => !v.includes('dimmed-line-number'),
    )
    expect(violations).toEqual([])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('works without JavaScript: a plain form post and the verdict page with the diagram', async () => {
    const { context, errors } = await newRecordingContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/signup')
    const password = 'no scripts needed 2'
    await fillForm(page, {
      Email: 'sim-noscript@example.com',
      'Display name': 'No Script',
      Password: password,
      'Repeat password': password,
    })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/sim/broadcast-partitions')
    await page.getByLabel('Code for Fault-tolerant broadcast').fill(noRetries)
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(/\/submissions\/\d+$/)
    await expectText(page.getByTestId('verdict'), 'Wrong answer', { timeout: 60_000 })
    await expectText(page.getByTestId('submission-explanation'), /did not reach every node/)
    expect(await page.getByTestId('sim-diagram').count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })
})
