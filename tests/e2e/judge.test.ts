import fs from 'node:fs'
import path from 'node:path'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectText, fillForm, launchBrowser, newRecordingContext } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const solution = fs.readFileSync(path.resolve('problems/algorithms/two-sum/solution.ts'), 'utf8')
const wrong = fs.readFileSync(path.resolve('problems/algorithms/two-sum/wrong/same-index.ts'), 'utf8')
const wrongOnVisible = fs.readFileSync(path.resolve('problems/algorithms/two-sum/wrong/sorted-indices.ts'), 'utf8')

describe('submitting code', () => {
  it('judges a wrong and then a right two-sum on the server, without JavaScript-only paths', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await page.goto('/signup')
    const password = 'submitting is fun 1'
    await fillForm(page, { Email: 'solver@example.com', 'Display name': 'Solver', Password: password, 'Repeat password': password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/tracks')
    await page.getByRole('link', { name: 'Algorithms & data structures' }).click()
    await page.getByRole('link', { name: 'Two Sum', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/problems/two-sum')
    await expectText(page.getByRole('heading', { level: 1 }), 'Two Sum', { exact: true })

    // Run (in the browser) shows the failing visible test and its diff.
    await page.getByLabel('Code').fill(wrongOnVisible)
    await page.getByRole('button', { name: 'Run visible tests' }).click()
    await expectText(page.getByTestId('run-verdict'), 'Wrong answer', { timeout: 30_000 })
    await expectText(page.getByTestId('run-test-1'), 'expected[2,3]')
    await expectText(page.getByTestId('run-test-1'), 'actual[0,2]')

    // The correct code passes Run, with the costs the server will report for the same tests.
    await page.getByLabel('Code').fill(solution)
    await page.getByRole('button', { name: 'Run visible tests' }).click()
    await expectText(page.getByTestId('run-verdict'), 'Accepted', { timeout: 30_000 })
    const browserCosts = await page.locator('[data-testid^="run-test-"] [data-testid="cost"]').allTextContents()
    expect(browserCosts).toHaveLength(3)

    await page.getByLabel('Code').fill(wrong)
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(/\/submissions\/\d+$/)
    await expectText(page.getByTestId('verdict'), 'Wrong answer', { timeout: 60_000 })

    await page.goto('/problems/two-sum')
    await page.getByLabel('Code').fill(solution)
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(/\/submissions\/\d+$/)
    await expectText(page.getByTestId('verdict'), 'Accepted', { timeout: 60_000 })
    const serverCosts = await Promise.all([1, 2, 3].map((id) => page.getByTestId(`test-${id}`).getByTestId('cost').textContent()))
    expect(serverCosts.map((c) => c?.split('/')[0].trim())).toEqual(browserCosts)

    await page.goto('/problems/two-sum/submissions')
    expect(await page.getByRole('listitem').filter({ hasText: 'Accepted' }).count()).toBe(1)
    expect(await page.getByRole('listitem').filter({ hasText: 'Wrong answer' }).count()).toBe(1)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
