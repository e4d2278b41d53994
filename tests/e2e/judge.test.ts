import fs from 'node:fs'
import path from 'node:path'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectText, fillForm, launchBrowser, newRecordingContext, setEditorCode, waitForEditor } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const solution = fs.readFileSync(path.resolve('problems/algorithms/two-sum/solution.ts'), 'utf8')
const wrong = fs.readFileSync(path.resolve('problems/algorithms/two-sum/wrong/same-index.ts'), 'utf8')

describe('judging', () => {
  it('gives Run in the browser the same costs the server reports for the same tests', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await page.goto('/signup')
    const password = 'submitting is fun 1'
    await fillForm(page, { Email: 'solver@example.com', 'Display name': 'Solver', Password: password, 'Repeat password': password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/problems/two-sum')
    await waitForEditor(page)
    await setEditorCode(page, solution)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expectText(page.getByTestId('run-verdict'), 'Accepted', { timeout: 30_000 })
    const browserCosts = await page.locator('[data-testid^="run-test-"] [data-testid="cost"]').allTextContents()
    expect(browserCosts).toHaveLength(3)

    await page.getByRole('button', { name: 'Submit' }).click()
    await expectText(page.getByTestId('submit-verdict'), 'Accepted', { timeout: 60_000 })
    const serverCosts = await Promise.all([1, 2, 3].map((id) => page.getByTestId(`test-${id}`).getByTestId('cost').textContent()))
    // Both show "cost / budget" and the ratio to the reference; the same code costs the same everywhere.
    expect(serverCosts).toEqual(browserCosts)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('works without JavaScript: the statement, a plain textarea form, and the verdict page', async () => {
    const { context, errors } = await newRecordingContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/signup')
    const password = 'no scripts needed 1'
    await fillForm(page, { Email: 'noscript@example.com', 'Display name': 'No Script', Password: password, 'Repeat password': password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/problems/two-sum')
    await expectText(page.getByRole('heading', { level: 1 }), 'Two Sum', { exact: true })
    await page.getByLabel('Code for Two Sum').fill(wrong)
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(/\/submissions\/\d+$/)
    await expectText(page.getByTestId('verdict'), 'Wrong answer', { timeout: 60_000 })

    await page.goto('/problems/two-sum/submissions')
    expect(await page.getByRole('listitem').filter({ hasText: 'Wrong answer' }).count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })
})
