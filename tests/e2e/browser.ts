import fs from 'node:fs'
import { createRequire } from 'node:module'
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
export async function newRecordingContext(browser: Browser, { base = baseUrl(), ...options }: { javaScriptEnabled?: boolean; base?: string } = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL: base, ...options })
  const foreign: string[] = []
  const own = new URL(base).origin
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

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core on the page as it is now; returns the serious and critical violations, described. */
export async function seriousAxeViolations(page: Page) {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`)
}

/**
 * Replaces the Monaco editor's text the way a user would: focus it, select all, paste. (Typed text gets
 * the editor's auto-closing brackets and auto-indent; pasted text goes in as it is.)
 */
export async function setEditorCode(page: Page, code: string) {
  await page.locator('[data-testid="monaco-container"] .monaco-editor .view-lines').click()
  await pasteIntoFocused(page, code)
}

/** Selects everything in the focused editor and pastes `text` over it. */
export async function pasteIntoFocused(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('ControlOrMeta+v')
}

/** Waits for Monaco to replace the plain textarea. */
export async function waitForEditor(page: Page) {
  await page.locator('[data-testid="monaco-container"] .monaco-editor').waitFor({ state: 'visible', timeout: 30_000 })
}
