import fs from 'node:fs'
import path from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectText, expectVisible, fillForm, launchBrowser, newRecordingContext, pasteIntoFocused, seriousAxeViolations, setEditorCode, waitForEditor } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const problemFile = (file: string) => fs.readFileSync(path.resolve('problems/algorithms/two-sum', file), 'utf8')
const posting = fs.readFileSync(path.resolve('tests/fixtures/postings/senior-cloud-infrastructure-engineer.txt'), 'utf8')

async function signUp(page: Page, email: string, redirectTo?: string) {
  await page.goto(redirectTo ? `/signup?redirectTo=${encodeURIComponent(redirectTo)}` : '/signup')
  const password = 'practice makes it 1'
  await fillForm(page, { Email: email, 'Display name': email.split('@')[0]!, Password: password, 'Repeat password': password })
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL((url) => url.pathname === (redirectTo ?? '/'))
}

describe('the candidate experience', () => {
  it('takes a new candidate from a wrong Run to an accepted submission, progress, review and a plan', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'candidate@example.com')

    await page.goto('/tracks')
    await page.getByRole('link', { name: 'Algorithms & data structures' }).click()
    await expectText(page.getByTestId('item-two-sum').getByTestId('item-state'), 'New')
    await page.getByRole('link', { name: 'Two Sum', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/problems/two-sum')
    await waitForEditor(page)

    // A wrong solution: Run shows the failing visible test with its diff.
    await setEditorCode(page, problemFile('wrong/sorted-indices.ts'))
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expectText(page.getByTestId('run-verdict'), 'Wrong answer', { timeout: 30_000 })
    await expectText(page.getByTestId('run-test-1'), 'expected[2,3]')
    await expectText(page.getByTestId('run-test-1'), 'actual[0,2]')

    // The fix, run with the keyboard shortcut, then submitted with the other one.
    await setEditorCode(page, problemFile('solution.ts'))
    await page.keyboard.press('ControlOrMeta+Enter')
    await expectText(page.getByTestId('run-verdict'), 'Accepted', { timeout: 30_000 })
    await page.keyboard.press('ControlOrMeta+Shift+Enter')
    await expectText(page.getByTestId('submit-verdict'), 'Accepted', { timeout: 60_000 })
    await expectVisible(page.getByTestId('editorial'))

    // The draft was saved to the server: another device (a fresh context) sees the same code.
    const other = await browser.newContext({ baseURL: new URL(page.url()).origin, storageState: await context.storageState() })
    const otherPage = await other.newPage()
    await otherPage.goto('/problems/two-sum', { waitUntil: 'domcontentloaded' })
    expect(await otherPage.locator('textarea#code').inputValue()).toContain('seen')
    await other.close()

    await page.goto('/progress')
    await expectText(page.getByTestId('solved-count'), '1', { exact: true })
    await expectText(page.getByTestId('difficulty-easy'), '1', { exact: true })
    await expectText(page.getByTestId('streak'), '1 day', { exact: true })
    await expectText(page.getByTestId('recent'), 'Two Sum')
    await expectText(page.getByTestId('progress-track-algorithms'), '1 of')

    await page.goto('/review')
    await expectVisible(page.getByTestId('scheduled-two-sum'))

    await page.goto('/tracks/algorithms')
    await expectText(page.getByTestId('item-two-sum').getByTestId('item-state'), 'Solved')

    await page.goto('/plan')
    await page.getByLabel('Job posting').fill(posting)
    await page.getByRole('button', { name: 'Match and save my plan' }).click()
    for (const track of ['algorithms', 'distributed-systems', 'dri-oncall']) await expectVisible(page.getByTestId(`plan-track-${track}`))
    await expectText(page.getByTestId('unmatched'), 'years of professional')
    // Saved to the account: it is there after a reload.
    await page.reload()
    await expectVisible(page.getByTestId('plan-track-dri-oncall'))

    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets an anonymous visitor read and Run, and carries their code into a new account', async () => {
    const { context, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await page.goto('/problems/two-sum')
    await waitForEditor(page)
    await setEditorCode(page, problemFile('solution.ts'))
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expectText(page.getByTestId('run-verdict'), 'Accepted', { timeout: 30_000 })
    await page.getByRole('link', { name: 'Sign up to submit' }).click()
    await page.waitForURL((url) => url.pathname === '/signup')
    const password = 'practice makes it 1'
    await fillForm(page, { Email: 'visitor@example.com', 'Display name': 'Visitor', Password: password, 'Repeat password': password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/problems/two-sum')
    await waitForEditor(page)
    // The code written before signing up is in the editor, and is saved as the account's draft.
    for (let i = 0; i < 100 && !(await page.locator('textarea#code').inputValue()).includes('seen'); i++) await page.waitForTimeout(100)
    expect(await page.locator('textarea#code').inputValue()).toContain('seen')
    await page.getByRole('button', { name: 'Submit' }).click()
    await expectText(page.getByTestId('submit-verdict'), 'Accepted', { timeout: 60_000 })
    expect(errors).toEqual([])
    await context.close()
  })

  it('records hint reveals and opens the editorial on give-up', async () => {
    const { context, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'hinted@example.com', '/problems/is-anagram')
    await page.getByRole('button', { name: /Reveal hint 1 of/ }).click()
    await expectVisible(page.getByTestId('hint-1'))
    await page.reload()
    await expectVisible(page.getByTestId('hint-1'))
    expect(await page.getByTestId('hint-2').count()).toBe(0)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Give up and read the editorial' }).click()
    await expectVisible(page.getByTestId('editorial'))
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets a keyboard-only user open a problem, type, run and submit', async () => {
    const { context, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'keyboard@example.com')
    await page.goto('/tracks/algorithms')
    const link = page.getByRole('link', { name: 'Two Sum', exact: true })
    // Tab until the problem link has focus, then follow it with Enter.
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/problems/two-sum')
    await waitForEditor(page)
    const editor = page.locator('[data-testid="monaco-container"] [role="textbox"]')
    for (let i = 0; i < 80 && !(await editor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true)
    await pasteIntoFocused(page, problemFile('solution.ts'))
    await page.keyboard.press('ControlOrMeta+Enter')
    await expectText(page.getByTestId('run-verdict'), 'Accepted', { timeout: 30_000 })
    await page.keyboard.press('ControlOrMeta+Shift+Enter')
    await expectText(page.getByTestId('submit-verdict'), 'Accepted', { timeout: 60_000 })
    expect(errors).toEqual([])
    await context.close()
  })

  it('has no serious or critical accessibility violations on the candidate pages', async () => {
    const { context } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'axe@example.com')
    const report: Record<string, string[]> = {}
    for (const url of ['/', '/tracks', '/tracks/algorithms', '/problems/two-sum', '/progress', '/review', '/plan']) {
      await page.goto(url)
      if (url.startsWith('/problems/')) await waitForEditor(page)
      report[url] = await seriousAxeViolations(page)
    }
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((url) => [url, []])))
    await context.close()
  })
})
