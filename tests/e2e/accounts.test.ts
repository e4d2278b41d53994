import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../support/server'
import { expectCount, expectText, expectVisible, fillForm, launchBrowser, newRecordingContext as recordOn } from './browser'

// Its own server: the first account of a fresh database is the admin, and e2e files run in any order.
let browser: Browser
let server: TestServer
const newRecordingContext = (b: Browser, options: { javaScriptEnabled?: boolean } = {}) => recordOn(b, { ...options, base: server.url })

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startTestServer({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' }), launchBrowser()])
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const admin = { email: 'admin@study.group', password: 'first account wins', name: 'Ada' }
const member = { email: 'member@study.group', password: 'second in line 42', name: 'Grace' }

describe('accounts in a real browser', () => {
  it('signs up, logs out, logs in, changes the password and logs in with the new one', async () => {
    const { context, foreign, errors } = await newRecordingContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('link', { name: 'Sign up' }).first().click()
    await fillForm(page, { Email: admin.email, 'Display name': admin.name, Password: admin.password, 'Repeat password': admin.password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expectText(page.getByRole('heading', { level: 1 }), `Welcome back, ${admin.name}.`, { exact: true })
    // The first account ever created is the admin.
    await expectVisible(page.getByRole('link', { name: 'Admin' }))

    await page.getByRole('button', { name: 'Log out' }).click()
    await expectVisible(page.getByRole('link', { name: 'Log in' }))

    await page.getByRole('link', { name: 'Log in' }).click()
    await fillForm(page, { Email: admin.email, Password: 'not my password' })
    await page.getByRole('button', { name: 'Log in' }).click()
    await expectVisible(page.getByRole('alert').filter({ hasText: 'do not match' }))
    await fillForm(page, { Email: admin.email, Password: admin.password })
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.getByRole('link', { name: admin.name }).click()
    const newPassword = 'an even better passphrase'
    await fillForm(page, { 'Current password': admin.password, 'New password': newPassword, 'Repeat new password': newPassword })
    await page.getByRole('button', { name: 'Change password' }).click()
    await expectText(page.getByRole('status'), 'Password changed')
    admin.password = newPassword

    await page.getByRole('button', { name: 'Log out' }).click()
    await expectVisible(page.getByRole('link', { name: 'Log in' }))
    await page.goto('/login')
    await fillForm(page, { Email: admin.email, Password: admin.password })
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expectVisible(page.getByRole('link', { name: admin.name }))

    expect(foreign).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets the admin make a second account a mentor', async () => {
    const visitor = await newRecordingContext(browser)
    const page = await visitor.context.newPage()
    await page.goto('/signup')
    await fillForm(page, { Email: member.email, 'Display name': member.name, Password: member.password, 'Repeat password': member.password })
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expectCount(page.getByRole('link', { name: 'Admin' }), 0)
    await page.goto('/admin/users')
    await expectText(page.getByRole('heading', { level: 1 }), 'You do not have access to this page')

    const adminSide = await newRecordingContext(browser)
    const adminPage = await adminSide.context.newPage()
    await adminPage.goto('/login')
    await fillForm(adminPage, { Email: admin.email, Password: admin.password })
    await adminPage.getByRole('button', { name: 'Log in' }).click()
    await adminPage.waitForURL((url) => url.pathname === '/')
    await adminPage.getByRole('link', { name: 'Admin' }).click()
    await adminPage.waitForURL((url) => url.pathname === '/admin/users')
    const row = adminPage.getByRole('row').filter({ hasText: member.email })
    await row.getByLabel(`Role of ${member.email}`).selectOption('mentor')
    await row.getByRole('button', { name: 'Save' }).click()
    await expectText(adminPage.getByRole('status'), 'Role updated.')

    await page.goto('/account')
    await expectVisible(page.getByText('mentor', { exact: true }))

    expect([...visitor.foreign, ...adminSide.foreign]).toEqual([])
    expect([...visitor.errors, ...adminSide.errors]).toEqual([])
    await visitor.context.close()
    await adminSide.context.close()
  })

  it('shows the friendly 404 page for unknown routes', async () => {
    const { context, foreign } = await newRecordingContext(browser)
    const page = await context.newPage()
    const response = await page.goto('/this/does/not/exist')
    expect(response?.status()).toBe(404)
    await expectText(page.getByRole('heading', { level: 1 }), 'We could not find that page', { exact: true })
    expect(foreign).toEqual([])
    await context.close()
  })
})
