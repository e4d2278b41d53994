import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')

/** Debian's Chromium, headless, with everything that phones home switched off (Playwright gives it a fresh profile). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * A context that records every request leaving for another origin; the product must work offline,
 * so a test fails if any page asks another host for anything.
 */
export async function newRecordingContext(browser: Browser) {
  const context: BrowserContext = await browser.newContext({ baseURL: baseUrl() })
  const foreign: string[] = []
  const own = new URL(baseUrl()).origin
  context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== own) foreign.push(url)
  })
  const errors: string[] = []
  context.on('page', (page) => trackPageErrors(page, errors))
  return { context, foreign, errors }
}

function trackPageErrors(page: Page, errors: string[]) {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // 4xx answers to forms (validation, wrong password, 404 pages) are expected; anything else is not.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(`console: ${message.text()}`)
  })
}

export async function fillForm(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
}

/** Waits until the locator is visible (playwright-core has no `expect` of its own). */
export async function expectVisible(locator: Locator, timeout = 10_000) {
  await locator.first().waitFor({ state: 'visible', timeout })
}

/** Waits until the element's text matches, failing with the text it last had. */
export async function expectText(locator: Locator, expected: string | RegExp, { exact = false, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout
  let actual = ''
  for (;;) {
    actual = (await locator.first().textContent({ timeout }).catch(() => '')) ?? ''
    actual = actual.trim()
    const ok =
      typeof expected === 'string' ? (exact ? actual === expected : actual.includes(expected)) : expected.test(actual)
    if (ok) return
    if (Date.now() > deadline) throw new Error(`expected text ${String(expected)}, got "${actual}"`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function expectCount(locator: Locator, count: number, timeout = 10_000) {
  const deadline = Date.now() + timeout
  for (;;) {
    const n = await locator.count()
    if (n === count) return
    if (Date.now() > deadline) throw new Error(`expected ${count} elements, found ${n}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
