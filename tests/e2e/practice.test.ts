import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectText, expectVisible, fillForm, launchBrowser, newRecordingContext, seriousAxeViolations } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function signUp(page: Page, email: string) {
  await page.goto('/signup')
  const password = 'on call tonight 123'
  await fillForm(page, { Email: email, 'Display name': email.split('@')[0]!, Password: password, 'Repeat password': password })
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

/** Submits one action form of the incident console and waits for it to appear on the timeline. */
async function act(page: Page, button: RegExp, fill?: (form: ReturnType<Page["locator"]>) => Promise<unknown>) {
  const before = await page.getByTestId('timeline').locator('li').count()
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: button }) })
  if (fill) await fill(form)
  await form.getByRole('button', { name: button }).click()
  for (let i = 0; i < 100; i++) {
    if ((await page.getByTestId('timeline').locator('li').count()) > before) return
    await page.waitForTimeout(100)
  }
  throw new Error(`the action ${button} did not reach the timeline`)
}

describe('practice beyond code', () => {
  it('plays an incident: investigate, mitigate, root cause, debrief, and the attempt in /progress', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'dri@example.com')
    await page.goto('/tracks/dri-oncall')
    await page.getByRole('link', { name: 'Checkout failures on a Tuesday afternoon' }).click()
    await page.waitForURL((url) => url.pathname === '/incidents/checkout-deploy-regression')
    await page.getByRole('button', { name: 'Take the page' }).click()
    await expectVisible(page.getByTestId('incident-console'))
    await expectText(page.getByTestId('alerts'), 'EdgeHigh5xxRatio')

    await act(page, /^Open dashboard/, (f) => f.getByLabel('Service').selectOption('checkout'))
    await expectVisible(page.getByTestId('dashboard-checkout'))
    await act(page, /^Declare severity/, (f) => f.getByLabel('Severity').selectOption('SEV2'))
    await act(page, /^View deploys/)
    await expectText(page.getByTestId('changes'), '7.41.0')
    await act(page, /^Search logs/, async (f) => {
      await f.getByLabel('Service').selectOption('checkout')
      await f.getByLabel(/Filter/).fill('level:ERROR')
    })
    await expectText(page.getByTestId('log-search').first(), 'PromoStackingResolver')
    await act(page, /^Turn off flag/, (f) => f.getByLabel('Feature flag').selectOption('promo-stacking-v2'))
    await act(page, /^Page team/, (f) => f.getByLabel('Team').selectOption('checkout-oncall'))
    await act(page, /^Post status update/, (f) => f.getByLabel(/Update for/).fill('Investigating: about 30% of checkouts fail since 14:16; we turned off the new stackable promo codes and are watching recovery.'))
    await act(page, /^Wait and watch/, (f) => f.getByLabel('For').selectOption('5m'))

    await page.locator('input[name=rootCause][value=promo-deploy]').check()
    await page.getByLabel(/In your own words/).fill('checkout 7.41.0 turned on promo-stacking-v2; PromoStackingResolver throws a NullPointerException; turning the flag off mitigated it.')
    await page.getByRole('button', { name: 'Resolve and see the debrief' }).click()
    await expectVisible(page.getByTestId('debrief'))
    const score = Number(await page.getByTestId('debrief-score').textContent())
    expect(score).toBeGreaterThanOrEqual(80)
    await expectVisible(page.getByTestId('ideal-path'))
    await page.getByLabel('Postmortem').fill('Impact: about 30% of checkouts failed for eight minutes. Cause: checkout 7.41.0 enabled promo-stacking-v2. Follow-ups: flag-gated rollouts with a canary.')
    await page.getByRole('button', { name: 'Save the postmortem' }).click()
    await expectVisible(page.getByRole('button', { name: 'Update the postmortem' }))

    await page.goto('/progress')
    await expectText(page.getByTestId('incident-attempts'), `Checkout failures on a Tuesday afternoon`)
    await expectText(page.getByTestId('incident-attempts'), `${score}/100`)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('grades a design answer\'s estimates, saves the rubric self-score and opens the reference', async () => {
    const { context, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await signUp(page, 'designer@example.com')
    await page.goto('/problems/design-url-shortener')
    await page.waitForURL((url) => url.pathname === '/design/design-url-shortener')
    await page.getByLabel('Requirements').fill('Create short links, redirect in under 50 ms at p99, links never expire, 99.99% availability for redirects.')
    await page.getByLabel(/High-level design/).fill('Stateless API behind a load balancer; a key-value store keyed by code; a cache in front for hot links.')
    await page.getByLabel(/New links per second/).fill('40')
    await page.getByLabel(/Redirects per second/).fill('1k')
    await page.getByRole('button', { name: 'Submit and see the grades' }).click()
    await expectVisible(page.getByTestId('estimate-grades'))
    await expectText(page.getByTestId('grade-write-rate'), 'Within tolerance')
    await expectText(page.getByTestId('grade-redirect-rate'), 'Off')
    await expectVisible(page.getByTestId('reference-answer'))

    for (const radio of await page.locator('input[type=radio][value="2"]').all()) await radio.check()
    await page.getByRole('button', { name: 'Save my rubric score' }).click()
    await expectText(page.getByTestId('rubric-score'), '100')

    // A revision keeps the answer and counts up.
    await page.getByLabel('Requirements').fill('Create short links; redirects p99 under 50 ms; links never expire.')
    await page.getByRole('button', { name: 'Submit a revision' }).click()
    await expectText(page.getByText(/Submitted, revision 2/), 'revision 2')
    await page.reload()
    expect(await page.getByLabel('Requirements').inputValue()).toContain('never expire')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
