import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { largestValueFiles, solutionCode, withNegativeTest } from '../support/authoring-fixture'
import { startTestServer, type TestServer } from '../support/server'
import { expectText, expectVisible, fillForm, launchBrowser, seriousAxeViolations } from './browser'

// This file runs its own server: the flow needs an admin (the first account of a fresh database) to make
// the mentor, and the shared e2e server's first account belongs to another file.
let server: TestServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' }), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A context on our server that records requests to other origins and page errors. */
async function newContext({ javaScriptEnabled = true } = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL: server.url, javaScriptEnabled })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  const foreign: string[] = []
  const errors: string[] = []
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== server.url) foreign.push(url)
  })
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(`console: ${message.text()}`)
    })
  })
  return { context, page: await context.newPage(), foreign, errors }
}

const password = 'authoring is fun 42'

async function signUp(page: Page, email: string) {
  await page.goto('/signup')
  await fillForm(page, { Email: email, 'Display name': email.split('@')[0]!, Password: password, 'Repeat password': password })
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

/** Replaces the text of the open Monaco editor as a user would: click, select all, paste. */
async function pasteIntoEditor(page: Page, text: string) {
  await page.locator('[data-testid="monaco-container"] .monaco-editor .view-lines').click()
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('ControlOrMeta+v')
}

/** Waits for Monaco to replace the textarea; generous, as the machine may be busy judging. */
async function waitForEditor(page: Page) {
  await page.locator('[data-testid="monaco-container"] .monaco-editor').waitFor({ state: 'visible', timeout: 60_000 })
}

/** Opens a file's tab in the problem editor and replaces its text. */
async function editFile(page: Page, file: string, text: string) {
  await page.getByRole('tab', { name: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`) }).click()
  await waitForEditor(page)
  await pasteIntoEditor(page, text)
  const textarea = page.locator(`[data-testid="file-${file}"] textarea[name$=".content"]`)
  for (let i = 0; (await textarea.inputValue()).trim() !== text.trim(); i++) {
    if (i > 50) throw new Error(`${file} did not take the pasted text: ${await textarea.inputValue()}`)
    await page.waitForTimeout(100)
  }
}

describe('authoring in the browser', () => {
  it('a mentor writes a problem, validation catches a suite without teeth, the fix is published, assigned, solved, shows in the matrix, and the mentor’s review of it reaches the candidate', { timeout: 240_000 }, async () => {
    const admin = await newContext()
    await signUp(admin.page, 'admin@authors.test')
    const mentor = await newContext()
    await signUp(mentor.page, 'mentor@authors.test')
    const candidate = await newContext()
    await signUp(candidate.page, 'candidate@authors.test')

    await admin.page.goto('/admin/users')
    const row = admin.page.getByRole('row').filter({ hasText: 'mentor@authors.test' })
    await row.getByLabel('Role of mentor@authors.test').selectOption('mentor')
    await row.getByRole('button', { name: 'Save' }).click()
    await expectText(admin.page.getByRole('status'), 'Role updated.')

    // The mentor creates a draft from the template.
    const page = mentor.page
    await page.goto('/')
    await page.getByRole('link', { name: 'Author', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/author')
    await page.getByRole('link', { name: 'New problem' }).click()
    await page.getByLabel('Kind').selectOption('code')
    await fillForm(page, { Slug: 'largest-value', Title: 'Largest Value' })
    await page.getByRole('button', { name: 'Create the draft' }).click()
    await page.waitForURL((url) => url.pathname === '/author/largest-value')
    await expectText(page.getByTestId('authored-state'), 'Draft')
    await waitForEditor(page)

    // Files typed in Monaco; the statement preview follows problem.md.
    const files = largestValueFiles({ slug: 'largest-value' })
    for (const file of ['problem.md', 'starter.ts', 'solution.ts', 'tests.yaml', 'hints.md', 'editorial.md']) await editFile(page, file, files[file]!)
    await editFile(page, 'wrong/naive.ts', files['wrong/starts-at-zero.ts']!)
    await expectText(page.getByTestId('statement-preview'), 'Values may be negative')

    await page.getByRole('button', { name: 'Validate' }).click()
    await expectText(page.getByTestId('validation-summary'), 'Failed', { timeout: 60_000 })
    await page.getByRole('tab', { name: /^wrong\/naive\.ts/ }).click()
    await expectText(page.getByTestId('issues-wrong/naive.ts'), 'tests lack teeth: wrong/naive.ts was accepted')
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true)

    // The fix: a test whose maximum is negative.
    await editFile(page, 'tests.yaml', withNegativeTest(files)['tests.yaml']!)
    await page.getByRole('button', { name: 'Validate' }).click()
    await expectText(page.getByTestId('validation-summary'), 'Passed', { timeout: 60_000 })
    await page.getByRole('button', { name: 'Publish' }).click()
    await expectText(page.getByTestId('author-notice'), 'Published version 1')
    await expectText(page.getByTestId('versions'), 'Version 1')
    expect(await seriousAxeViolations(page)).toEqual([])

    // A study group with the candidate in it, and an assignment of the new problem.
    await page.goto('/groups')
    await page.getByLabel('Name', { exact: true }).fill('Authors’ group')
    await page.getByRole('button', { name: 'Create the group' }).click()
    await page.waitForURL((url) => /^\/groups\/\d+$/.test(url.pathname))
    const groupPath = new URL(page.url()).pathname
    await page.getByRole('button', { name: 'Create an invite' }).click()
    await expectText(page.getByTestId('invites'), '/groups/join/')
    const invite = (await page.getByTestId('invites').textContent())!.match(/\/groups\/join\/([\w-]+)/)![1]!
    // The problem becomes the group's own: members see it, nobody else does (admins included).
    await page.goto('/author/largest-value')
    await page.getByLabel('Visible to').selectOption({ label: 'Only the group “Authors’ group”' })
    await page.getByRole('button', { name: 'Change who sees it' }).click()
    await expectText(page.getByTestId('visibility'), 'Only the members of “Authors’ group”')
    const outsiderView = await admin.page.goto('/problems/largest-value')
    expect(outsiderView?.status()).toBe(404)
    await page.goto(groupPath)
    await page.getByLabel('Assign a').selectOption('problem')
    await page.getByLabel('Which').fill('largest-value')
    await page.getByLabel('Due').fill('2099-12-31')
    await page.getByRole('button', { name: 'Assign' }).click()
    await expectText(page.getByTestId('progress-matrix'), 'Largest Value')

    // The candidate joins, opens the assignment and solves it.
    await candidate.page.goto(`/groups/join/${invite}`)
    await candidate.page.getByRole('button', { name: /^Join/ }).click()
    await candidate.page.waitForURL((url) => url.pathname === groupPath)
    await candidate.page.getByRole('link', { name: 'Largest Value' }).click()
    await candidate.page.waitForURL((url) => url.pathname === '/problems/largest-value')
    await waitForEditor(candidate.page)
    await pasteIntoEditor(candidate.page, solutionCode)
    await candidate.page.getByRole('button', { name: 'Submit' }).click()
    await expectText(candidate.page.getByTestId('submit-verdict'), 'Accepted', { timeout: 60_000 })

    // The mentor's matrix shows it solved.
    await page.goto(groupPath)
    const candidateRow = page.locator('[data-testid^="matrix-"]').filter({ hasText: 'candidate' })
    await expectVisible(candidateRow)
    await expectText(candidateRow, 'solved')

    // The candidate asks the group's mentor to review the accepted submission.
    await candidate.page.getByRole('link', { name: /^Open submission \d+$/ }).click()
    await candidate.page.waitForURL((url) => /^\/submissions\/\d+$/.test(url.pathname))
    const submissionId = new URL(candidate.page.url()).pathname.split('/').pop()!
    await expectText(candidate.page.getByTestId('verdict'), 'Accepted')
    await candidate.page.getByLabel('Group').selectOption({ label: 'Authors’ group' })
    await candidate.page.getByLabel('What should they look at?').fill('Is starting from the first value right?')
    await candidate.page.getByRole('button', { name: 'Request review' }).click()
    await candidate.page.waitForURL((url) => url.pathname === '/feedback')
    const myRequest = candidate.page.getByTestId('my-reviews').getByRole('listitem').filter({ hasText: `submission #${submissionId}` })
    await expectText(myRequest, 'waiting for a mentor')

    // The mentor finds it in the queue, comments on a line, scores the rubric and finishes the review.
    await page.getByRole('link', { name: 'Mentor', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/mentor/reviews')
    await expectText(page.getByRole('heading', { name: /^Waiting/ }), 'Waiting (1)')
    await expectText(page.getByTestId('review-queue'), 'Is starting from the first value right?')
    await page.getByRole('link', { name: `candidate: submission #${submissionId}` }).click()
    await page.waitForURL((url) => /^\/reviews\/\d+$/.test(url.pathname))
    const reviewPath = new URL(page.url()).pathname
    await expectText(page.getByTestId('line-2'), 'let best = nums[0]')
    await page.getByLabel('Line (empty for a general comment)').fill('2')
    await page.getByLabel('Comment', { exact: true }).fill('Starting from nums[0] keeps all-negative inputs right.')
    await page.getByRole('button', { name: 'Add comment' }).click()
    await expectText(page.getByTestId('line-2'), 'mentor: Starting from nums[0] keeps all-negative inputs right.')
    const scores = { 'Correctness and completeness': '5', 'Approach and trade-offs': '4', 'Clarity (code, writing)': '3', 'Operational thinking': '2' }
    for (const [criterion, score] of Object.entries(scores)) await page.getByLabel(criterion).selectOption(score)
    await page.getByLabel('Summary for the candidate').fill('A clean single pass; name the loop bound and it is done.')
    await page.getByRole('button', { name: 'Mark the review done' }).click()
    await expectText(page.getByTestId('review-result'), 'A clean single pass')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Mentor', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/mentor/reviews')
    await expectText(page.getByRole('heading', { name: /^Waiting/ }), 'Waiting (0)')
    await expectText(page.getByTestId('review-queue').getByRole('listitem').filter({ hasText: `#${submissionId}` }), 'done')

    // The candidate sees the notice, opens the feedback and reads the comment, the scores and the summary.
    await candidate.page.goto('/')
    await expectText(candidate.page.getByTestId('feedback-count'), '1 new')
    await candidate.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Feedback/ }).click()
    await candidate.page.waitForURL((url) => url.pathname === '/feedback')
    await expectText(myRequest, 'reviewed — new')
    expect(await seriousAxeViolations(candidate.page)).toEqual([])
    await myRequest.getByRole('link').click()
    await candidate.page.waitForURL((url) => url.pathname === reviewPath)
    await expectText(candidate.page.getByTestId('line-2'), 'mentor: Starting from nums[0] keeps all-negative inputs right.')
    const result = candidate.page.getByTestId('review-result')
    await expectText(result, 'A clean single pass; name the loop bound and it is done.')
    for (const [criterion, score] of Object.entries(scores)) await expectText(result.getByRole('listitem').filter({ hasText: criterion }), `: ${score}/5`)
    expect(await candidate.page.getByRole('button', { name: 'Mark the review done' }).count()).toBe(0)
    expect(await seriousAxeViolations(candidate.page)).toEqual([])
    await candidate.page.goto('/feedback')
    await expectText(myRequest, /reviewed ·/)
    expect(await candidate.page.getByTestId('feedback-count').count()).toBe(0)

    for (const side of [admin, mentor, candidate]) {
      expect(side.foreign).toEqual([])
      expect(side.errors).toEqual([])
      await side.context.close()
    }
  })

  it('saves, validates and publishes without JavaScript: the files are plain textareas in one form', async () => {
    const { context, page, foreign } = await newContext({ javaScriptEnabled: false })
    await page.goto('/login')
    await fillForm(page, { Email: 'mentor@authors.test', Password: password })
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.goto('/author/largest-value')
    const statement = page.getByLabel('Contents of problem.md')
    const text = (await statement.inputValue()).replace('Values may be negative.', 'Values may be negative; there is at least one.')
    await statement.fill(text)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expectText(page.getByTestId('author-notice'), 'Draft saved.')
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true)
    await expectText(page.getByTestId('statement-preview'), 'there is at least one')
    await page.getByRole('button', { name: 'Validate' }).click()
    await expectText(page.getByTestId('validation-summary'), 'Passed', { timeout: 60_000 })
    await page.getByRole('button', { name: 'Publish' }).click()
    await expectText(page.getByTestId('author-notice'), 'Published version 2')
    await page.goto('/author/largest-value?diff=2')
    await expectText(page.getByTestId('version-diff'), 'there is at least one')
    expect(foreign).toEqual([])
    await context.close()
  })
})
