import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import {
  addStaff,
  signIn,
  staffToken,
  submitFirstUser,
  useProductionServerAndChromium,
  waitForHydration,
  withScreenshot,
} from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'

const owner = { email: 'owner@example.org', name: 'Olivia Owner', password: 'a-long-owner-password' }
const counselor = {
  email: 'carmen@example.org',
  name: 'Carmen Counselor',
  password: 'a-long-counselor-password',
}
const journey = useProductionServerAndChromium('first-run')

/** Collects what would show a person Next's "Application error" page: uncaught errors and 5xx answers. */
const watchForCrashes = (page: Page) => {
  const crashes: string[] = []
  page.on('pageerror', (error) => crashes.push(`page error: ${error.message}`))
  page.on('response', (res) => {
    if (res.status() >= 500) crashes.push(`${res.status()} ${res.request().method()} ${res.url()}`)
  })
  return crashes
}

/**
 * Waits for the assessment editor to be live, or fails at once, with what crashed, when Next shows its
 * "Application error" page instead.
 */
const editorReady = async (page: Page, crashes: string[]) => {
  const crashed = page
    .getByText('Application error')
    .waitFor({ timeout: 60_000 })
    .then(() => {
      throw new Error(`the editor crashed: ${crashes.join('; ')}`)
    })
  await Promise.race([waitForHydration(page, '#field-title'), crashed])
}

const api = (route: string, token: string, init?: RequestInit) =>
  staffCalls(journey.server.url, token).json(route, init)

type Assessment = {
  dimensions?: { bands?: { label: string; max: number; min: number }[]; key: string; label: string }[]
  id: string
  title?: string
}

describe('a production install started on an empty database, in Chromium', () => {
  it('sends the first visitor of /admin to create the first user, who becomes an admin', async () => {
    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    const crashes = watchForCrashes(page)
    await withScreenshot(page, 'first-user', async () => {
      await page.goto('/admin')
      await page.waitForURL((url) => url.pathname === '/admin/create-first-user')
      // Nobody can be anything but admin here, so the form does not offer roles.
      await waitForHydration(page, '#field-email')
      await expect(page.locator('#field-roles').count()).resolves.toBe(0)
      await submitFirstUser(page, owner)
      await page.locator('.dashboard').waitFor({ timeout: 60_000 })
    })
    expect(crashes).toEqual([])

    const { user } = await staffToken(journey.server.url, owner)
    expect(user.roles).toEqual(['admin'])
  }, 300_000)

  it('lets a counselor the admin added create an assessment from nothing: title, a dimension, a band', async () => {
    const { token: adminToken } = await staffToken(journey.server.url, owner)
    await addStaff(journey.server.url, adminToken, counselor, 'counselor')
    const { token } = await staffToken(journey.server.url, counselor)

    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    const crashes = watchForCrashes(page)
    const preview = page.locator('.key-preview')
    const title = `Weekly Check-in ${Date.now()}`
    let id = ''
    await withScreenshot(page, 'create-assessment', async () => {
      await signIn(page, counselor)
      // Her dashboard leaves off the counts she may not filter; the comments list (her own replies) comes without
      // the moderators' queues. Both crashed the page when their counts were refused.
      await page.locator('.dashboard').waitFor({ timeout: 60_000 })
      await page.goto('/admin/collections/comments')
      await page.locator('.collection-list').waitFor({ timeout: 60_000 })
      await expect(page.locator('.moderation-queue-tabs').count()).resolves.toBe(0)
      await page.goto('/admin/collections/assessments')
      const createNew = page.locator('a[href$="/admin/collections/assessments/create"]').first()
      await waitForHydration(page, 'a[href$="/admin/collections/assessments/create"]')
      await createNew.click()
      // Assessments autosave: Create New makes an empty draft on the server and opens it.
      await page.waitForURL((url) => /\/admin\/collections\/assessments\/[0-9a-f-]{36}$/.test(url.pathname), {
        timeout: 60_000,
      })
      id = page.url().split('/').at(-1)!
      await editorReady(page, crashes)
      await preview.waitFor({ timeout: 60_000 })

      await page.fill('#field-title', title)
      await page.getByRole('button', { name: 'Add Dimension' }).click()
      await page.fill('#field-dimensions__0__key', 'closeness')
      await page.fill('#field-dimensions__0__label', 'Closeness')
      // A dimension with no bands yet is still previewed, not a crash.
      await preview
        .locator('.key-preview__dimension', { hasText: 'Closeness' })
        .getByText('No bands yet.')
        .waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Add Band' }).click()
      await page.fill('#field-dimensions__0__bands__0__label', 'Close')
      await page.fill('#field-dimensions__0__bands__0__min', '1')
      await page.fill('#field-dimensions__0__bands__0__max', '5')
      await preview
        .locator('.key-preview__dimension', { hasText: 'Close: 1 – 5' })
        .waitFor({ timeout: 30_000 })
    })
    expect(crashes).toEqual([])

    // Autosave keeps the draft; through REST it has the title, the dimension and its band.
    const saved = async () =>
      (await api(`/api/assessments/${id}?draft=true&depth=0`, token)).body as Assessment
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && !(await saved()).dimensions?.[0]?.bands?.[0]?.max) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const draft = await saved()
    expect(draft.title).toBe(title)
    expect(draft.dimensions).toMatchObject([
      { bands: [{ label: 'Close', max: 5, min: 1 }], key: 'closeness', label: 'Closeness' },
    ])
  }, 300_000)

  it('opens an untitled empty draft and an assessment whose dimension has no bands', async () => {
    const { token } = await staffToken(journey.server.url, counselor)
    // What an abandoned Create New leaves behind, and a dimension whose bands are still to be written.
    const empty = await api('/api/assessments?draft=true', token, { body: '{}', method: 'POST' })
    expect(empty.status).toBe(201)
    const bandless = await api('/api/assessments?draft=true', token, {
      body: JSON.stringify({ dimensions: [{ key: 'trust', label: 'Trust' }], title: 'Trust, first draft' }),
      method: 'POST',
    })
    expect(bandless.status).toBe(201)

    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    const crashes = watchForCrashes(page)
    const preview = page.locator('.key-preview')
    await withScreenshot(page, 'open-drafts', async () => {
      await signIn(page, counselor)
      await page.goto(`/admin/collections/assessments/${empty.body.doc.id}`)
      await editorReady(page, crashes)
      await preview.waitFor({ timeout: 60_000 })

      await page.goto(`/admin/collections/assessments/${bandless.body.doc.id}`)
      await editorReady(page, crashes)
      await preview
        .locator('.key-preview__dimension', { hasText: 'Trust' })
        .getByText('No bands yet.')
        .waitFor({ timeout: 60_000 })
      // Adding a second dimension to an existing assessment renders too.
      await page.getByRole('button', { name: 'Add Dimension' }).click()
      await page.locator('#field-dimensions__1__key').waitFor({ timeout: 30_000 })
    })
    expect(crashes).toEqual([])
  }, 300_000)
})
