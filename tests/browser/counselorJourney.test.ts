import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'

import {
  addStaff,
  adminLoadTimings,
  axeFindingsPerPage,
  signIn,
  staffToken,
  useProductionServerAndChromium,
  waitForHydration,
  waitForSavedToast,
  withScreenshot,
} from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'

const owner = { email: 'owner@example.org', name: 'Olivia Owner', password: 'a-long-owner-password' }
const counselor = { email: 'carmen@example.org', name: 'Carmen Counselor', password: 'a-long-counselor-pass' }
const screenshots = path.resolve('docs/screenshots')
const title = 'Talking and Repair'
const journey = useProductionServerAndChromium('counselor-journey')
const { audit, expectNoAxeFindings } = axeFindingsPerPage()
const { timedGoto, timings } = adminLoadTimings()

afterAll(() => {
  // Beside the editor's (kindred-admin-timings.json): the assessment views a counselor loads.
  fs.writeFileSync(path.join(os.tmpdir(), 'kindred-counselor-admin-timings.json'), JSON.stringify(timings))
})

const api = (route: string, token?: string, init?: RequestInit) =>
  staffCalls(journey.server.url, token).json(route, init)
const post = (route: string, token: string | undefined, body: unknown) =>
  staffCalls(journey.server.url, token).post(route, body)

type Saved = {
  _status?: string
  dimensions?: { bands?: { label: string; max: number; min: number }[]; key: string }[]
  questions?: string[]
  slug?: string
}

/** Waits until the stored draft satisfies `done` (autosave runs every 2 s), and returns it. */
const savedDraft = async (id: string, token: string, done: (doc: Saved) => boolean) => {
  const deadline = Date.now() + 60_000
  let doc: Saved = {}
  while (Date.now() < deadline) {
    doc = (await api(`/api/assessments/${id}?draft=true&depth=0`, token)).body as Saved
    if (done(doc)) return doc
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return doc
}

/** Adds a band to dimension `dimension` (0-based) and fills it. */
const addBand = async (
  page: Page,
  dimension: number,
  band: number,
  label: string,
  min: number,
  max: number,
) => {
  await page
    .locator(`#field-dimensions__${dimension}__bands`)
    .getByRole('button', { name: 'Add Band' })
    .click()
  const prefix = `#field-dimensions__${dimension}__bands__${band}`
  await page.fill(`${prefix}__label`, label)
  await page.fill(`${prefix}__min`, String(min))
  await page.fill(`${prefix}__max`, String(max))
}

/** Writes a 1–5 agreement question from the assessment's questions field, in Payload's drawer. */
const writeQuestion = async (page: Page, prompt: string, dimension: string, auditAs?: string) => {
  await page.locator('#questions-add-new .relationship-add-new__add-button').click()
  const drawer = page.locator('.drawer', { has: page.locator('#field-prompt') }).last()
  await waitForHydration(page, '.drawer #field-prompt')
  await drawer.locator('#field-prompt').fill(prompt)
  // The dimension is a choice among the assessment's dimensions as its form stands, not a key to type.
  await drawer.locator('#field-dimension .rs__control').click()
  await page.locator('.rs__option').first().waitFor({ timeout: 30_000 })
  const options = await page.locator('.rs__option').allInnerTexts()
  expect(options).toEqual(['Everyday talk (talk)', 'Repair (repair)'])
  await page.locator('.rs__option', { hasText: dimension }).click()
  if (auditAs) await audit(page, auditAs)
  await drawer.locator('#action-save').click()
  // Saved, the question joins the assessment's questions; the drawer stays open on it until closed.
  await page.locator('#field-questions').getByText(prompt).waitFor({ timeout: 60_000 })
  await drawer.locator('.doc-drawer__header-close').click()
  await drawer.waitFor({ state: 'detached', timeout: 30_000 })
}

let assessmentID = ''
let counselorToken = ''

describe('a counselor on a production install that starts empty, in Chromium', () => {
  it('is added by the admin through the API', async () => {
    const first = await post('/api/users/first-register', undefined, owner)
    expect(first.status).toBe(200)
    expect(first.body.user.roles).toEqual(['admin'])
    await addStaff(journey.server.url, first.body.token, counselor, 'counselor')
    counselorToken = (await staffToken(journey.server.url, counselor)).token
    expect(counselorToken).toBeTruthy()
  }, 120_000)

  it('builds an assessment from nothing: two dimensions with bands, three questions written in place, a preview that names who owns a boundary', async () => {
    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1000, width: 1400 },
    })
    const preview = page.locator('.key-preview')
    await withScreenshot(page, 'counselor-build', async () => {
      await signIn(page, counselor)
      await timedGoto(page, '/admin/collections/assessments', 'list', '.collection-list')
      await audit(page, 'assessments list (empty)')
      await waitForHydration(page, 'a[href$="/admin/collections/assessments/create"]')
      await page.locator('a[href$="/admin/collections/assessments/create"]').first().click()
      // Assessments autosave: Create New makes an empty draft on the server and opens it.
      await page.waitForURL((url) => /\/admin\/collections\/assessments\/[0-9a-f-]{36}$/.test(url.pathname), {
        timeout: 60_000,
      })
      assessmentID = page.url().split('/').at(-1)!
      await waitForHydration(page, '#field-title')
      await preview.getByText('Add a dimension').waitFor({ timeout: 60_000 })

      await page.fill('#field-title', title)
      await page.getByRole('button', { name: 'Add Dimension' }).click()
      await page.fill('#field-dimensions__0__key', 'talk')
      await page.fill('#field-dimensions__0__label', 'Everyday talk')
      await page.getByRole('button', { name: 'Add Dimension' }).click()
      await page.fill('#field-dimensions__1__key', 'repair')
      await page.fill('#field-dimensions__1__label', 'Repair')
      await addBand(page, 0, 0, 'Band A', 1, 3)
      await addBand(page, 0, 1, 'Band B', 3, 5)
      // A gap: a mean between 2 and 4 would get no band.
      await addBand(page, 1, 0, 'Low', 1, 2)
      await addBand(page, 1, 1, 'High', 4, 5)
      await audit(page, 'assessment builder')

      await writeQuestion(page, 'We talk about our day most evenings.', 'Everyday talk', 'question drawer')
      await writeQuestion(page, 'I can tell my partner what worries me.', 'Everyday talk')
      await writeQuestion(page, 'After a quarrel we make up within a day.', 'Repair')
      await page.locator('#field-questions').getByText('After a quarrel').waitFor({ timeout: 30_000 })

      // The preview, from the server's scoring core: ranges, bands and who owns the shared score 3.
      const talk = preview.locator('.key-preview__dimension', { hasText: 'Everyday talk' })
      await talk.getByText('Possible scores: 1 – 5').waitFor({ timeout: 30_000 })
      await talk.getByText('Band A: 1 – 3').waitFor()
      await talk.getByText('Band B: 3 – 5').waitFor()
      await expect(talk.locator('.key-preview__boundary').allInnerTexts()).resolves.toEqual(['3 → Band A'])
      await expect(talk.locator('.key-preview__coverage').innerText()).resolves.toBe(
        'Every score has one band.',
      )
      const repair = preview.locator('.key-preview__dimension', { hasText: 'Repair' })
      await repair.getByText('Gap 2–4').waitFor({ timeout: 30_000 })
      await preview
        .locator('.key-preview__problems')
        .getByText('Repair → Bands: Scores from 2 to 4 fall in no band (possible scores 1–5).')
        .waitFor()
      // The drawers' "created" toasts fade out first: axe reads a fading toast's text as faint.
      await page.waitForFunction(() => !document.querySelector('[data-sonner-toast]'), undefined, {
        timeout: 30_000,
      })
      await audit(page, 'assessment builder with preview')
    })

    // What the counselor built is stored: the draft's questions carry the dimensions she picked.
    const draft = await savedDraft(assessmentID, counselorToken, (doc) => doc.questions?.length === 3)
    expect(draft.questions).toHaveLength(3)
    const questions = await api(
      `/api/questions?where[id][in]=${draft.questions!.join(',')}&depth=0&sort=createdAt`,
      counselorToken,
    )
    expect(questions.body.docs.map((doc: { dimension: string }) => doc.dimension)).toEqual([
      'talk',
      'talk',
      'repair',
    ])
    await page.close()
  }, 600_000)

  it('is refused publishing a gap between bands, by the dimension’s label, then fixes it and publishes', async () => {
    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1000, width: 1400 },
    })
    await withScreenshot(page, 'counselor-publish', async () => {
      await signIn(page, counselor)
      await timedGoto(page, `/admin/collections/assessments/${assessmentID}`, 'edit', '#field-title')
      await waitForHydration(page, '#action-save')
      await page.locator('.key-preview__dimension', { hasText: 'Repair' }).getByText('Gap 2–4').waitFor({
        timeout: 60_000,
      })

      const refusal = page.waitForResponse(
        (res) =>
          res.request().method() === 'PATCH' &&
          res.url().includes(`/api/assessments/${assessmentID}`) &&
          !res.url().includes('autosave=true'),
      )
      await page.click('#action-save')
      const refused = await refusal
      expect(refused.status()).toBe(400)
      const body = await refused.json()
      expect(body.errors[0].message).toBe('The following field is invalid: Repair → Bands')
      expect(body.errors[0].data.errors).toEqual([
        {
          label: 'Repair → Bands',
          message: 'Scores from 2 to 4 fall in no band (possible scores 1–5).',
          path: 'dimensions.1.bands',
        },
      ])
      // The toast names the field as the counselor knows it, not by its path.
      const toast = page.locator('.payload-toast-container')
      await toast.getByText('Repair → Bands').waitFor({ timeout: 30_000 })
      await expect(toast.innerText()).resolves.not.toContain('dimensions.1')
      await audit(page, 'assessment refused')

      await page.fill('#field-dimensions__1__bands__1__min', '2')
      await page
        .locator('.key-preview__dimension', { hasText: 'Repair' })
        .getByText('Every score has one band.')
        .waitFor({ timeout: 30_000 })
      await page.click('#action-save')
      await waitForSavedToast(page)
    })
    await page.close()

    const published = (await api(`/api/assessments/${assessmentID}?depth=0`, counselorToken)).body as Saved
    expect(published._status).toBe('published')
    expect(published.dimensions?.[1].bands).toEqual([
      expect.objectContaining({ label: 'Low', max: 2, min: 1 }),
      expect.objectContaining({ label: 'High', max: 5, min: 2 }),
    ])
  }, 600_000)

  it('collects responses through the public API, and the counselor opens the published assessment', async () => {
    const { slug, questions } = (await api(`/api/assessments/${assessmentID}?depth=0`, counselorToken))
      .body as Required<Pick<Saved, 'questions' | 'slug'>>
    // The minimum sample the statistics need (minimumStatisticsN, 10), answered anonymously.
    for (let respondent = 0; respondent < 10; respondent++) {
      const answers = Object.fromEntries(questions.map((id, index) => [id, ((respondent + index) % 5) + 1]))
      const res = await post(`/api/assessments/${slug}/responses`, undefined, { answers, submit: true })
      expect([respondent, res.status]).toEqual([respondent, 201])
    }
    // A mean of 3 on talk lands in Band A, as the preview said.
    const three = await post(`/api/assessments/${slug}/responses`, undefined, {
      answers: { [questions[0]]: 3, [questions[1]]: 3, [questions[2]]: 2 },
      submit: true,
    })
    expect(three.status).toBe(201)
    expect(three.body.result.dimensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          band: expect.objectContaining({ label: 'Band A' }),
          key: 'talk',
          score: 3,
        }),
      ]),
    )

    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1000, width: 1400 },
    })
    await withScreenshot(page, 'counselor-published', async () => {
      await signIn(page, counselor)
      await timedGoto(page, `/admin/collections/assessments/${assessmentID}`, 'edit', '#field-title')
      await waitForHydration(page, '#field-title')
      const talk = page.locator('.key-preview__dimension', { hasText: 'Everyday talk' })
      await talk.getByText('3 → Band A').waitFor({ timeout: 60_000 })
      await audit(page, 'published assessment')
      fs.mkdirSync(screenshots, { recursive: true })
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'assessment-builder.png') })

      // A question opened on its own still offers its assessment's dimensions, by label.
      await timedGoto(page, `/admin/collections/questions/${questions[2]}`, 'edit', '#field-prompt')
      await page.locator('#field-dimension .rs__single-value', { hasText: 'Repair (repair)' }).waitFor({
        timeout: 60_000,
      })
      await audit(page, 'question on its own')

      // She follows the assessment's Statistics tab and sees the 11 responses above as charts.
      await timedGoto(page, `/admin/collections/assessments/${assessmentID}`, 'edit', '#field-title')
      await page
        .locator(`a[href$="/admin/collections/assessments/${assessmentID}/statistics"]`)
        .first()
        .click()
      await page.getByTestId('statistics-n').waitFor({ timeout: 60_000 })
      await expect(page.getByTestId('statistics-n').textContent()).resolves.toContain('n = 11')
      // A mean/SD chart with a bar per dimension, and a band chart per dimension.
      await expect(page.locator('.kindred-statistics svg[role="img"]').count()).resolves.toBe(3)
      await expect(page.locator('[data-chart="mean-sd"] rect[data-bar]').count()).resolves.toBe(2)
      await audit(page, 'statistics')
    })
    await page.close()
  }, 600_000)

  it('makes a share code in the admin from nothing, and a respondent who types it lets her read their result', async () => {
    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1000, width: 1400 },
    })
    let code = ''
    await withScreenshot(page, 'counselor-share-code', async () => {
      await signIn(page, counselor)
      await timedGoto(page, '/admin/collections/counselor-share-codes/create', 'edit', '#field-label')
      await waitForHydration(page, '#field-label')
      await page.fill('#field-label', 'Tuesday group')
      await page.click('#action-save')
      await waitForSavedToast(page)
      // The server made the code; the form shows it once saved, read-only.
      const field = page.locator('#field-code')
      const shape = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(document.querySelector<HTMLInputElement>('#field-code')?.value ?? ''),
        shape.source,
        { timeout: 60_000 },
      )
      code = await field.inputValue()
      expect(code).toMatch(shape)
      await expect(field.isEditable()).resolves.toBe(false)
      await audit(page, 'share code')
    })
    await page.close()

    const { slug, questions } = (await api(`/api/assessments/${assessmentID}?depth=0`, counselorToken))
      .body as Required<Pick<Saved, 'questions' | 'slug'>>
    const answers = Object.fromEntries(questions.map((id) => [id, 4]))
    const mine = await post(`/api/assessments/${slug}/responses`, undefined, { answers, submit: true })
    expect(mine.status).toBe(201)
    const { id, token } = mine.body as { id: string; token: string }
    const asRespondent = (route: string, body: unknown) =>
      fetch(`${journey.server.url}/api/responses/${id}/grants${route}`, {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', 'x-response-token': token },
        method: 'POST',
      })
    const preview = await asRespondent('/preview', { code: code.toLowerCase().replaceAll('-', ' ') })
    expect(preview.status).toBe(200)
    await expect(preview.json()).resolves.toEqual({ counselor: { name: counselor.name } })
    expect((await asRespondent('', { code })).status).toBe(201)
    const read = await fetch(`${journey.server.url}/api/responses/${id}/result`, {
      headers: { Authorization: `JWT ${counselorToken}` },
    })
    expect(read.status).toBe(200)
  }, 600_000)

  it('has no serious or critical accessibility violations on any page the journey visited', () => {
    expectNoAxeFindings(7)
  })
})
