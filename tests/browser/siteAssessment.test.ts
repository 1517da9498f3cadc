import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { Page } from 'playwright-core'

import {
  addStaff,
  answerQuestionPage,
  answerToResult,
  axeFindingsPerPage,
  newReaderContext,
  staffToken,
  useProductionServerAndChromium,
  withScreenshot,
} from '../helpers/browser.js'
import { seedContentOnly } from '../helpers/seedContentOnly.js'
import { firstAdminToken } from '../helpers/spawnServer.js'

const counselor = { email: 'carmen@example.org', name: 'Carmen Counselor', password: 'a-long-counselor-pass' }
const screenshots = path.resolve('docs/screenshots')
const journey = useProductionServerAndChromium('site-assessment')
let articleSlug = ''
const { audit, expectNoAxeFindings } = axeFindingsPerPage()

beforeAll(async () => {
  const admin = await firstAdminToken(journey.server)
  await addStaff(journey.server.url, admin, counselor, 'counselor')
  // The demo article and the Better Love Check-in its call to action points to, into this server's empty database.
  await seedContentOnly(journey.server)
  const listed = await fetch(`${journey.server.url}/api/articles?limit=1&depth=0`)
  articleSlug = (await listed.json()).docs[0].slug
}, 300_000)

const newReader = (javaScriptEnabled = true) =>
  newReaderContext(journey.browser, journey.server.url, { javaScriptEnabled })

/** Answers every page from the current one and submits, auditing the second page; lands on the result. */
const finish = (page: Page, pick: (index: number, choices: number) => number, audited: string) =>
  answerToResult(page, pick, (shown) => audit(shown, `${audited}: questions, page 2`))

const dimensions = ['Emotional safety', 'Knowing each other', 'Vulnerability', 'Listening', 'Closeness']
let resultURL = ''
let invitationURL = ''

describe('the seed reader’s question, answered on the reader site (production build, empty database)', () => {
  it('a reader follows the article’s call to action, saves halfway, resumes from the private link in a fresh browser and sees the result with prompts and a chart', async () => {
    const first = await newReader()
    await withScreenshot(first.page, 'site-assessment-start', async () => {
      await first.page.goto(`/articles/${articleSlug}`)
      await audit(first.page, 'article')
      await first.page.getByRole('link', { name: 'Take the Better Love Check-in' }).click()
      await first.page.getByRole('heading', { level: 1, name: 'Better Love Check-in' }).waitFor()
      await expect(first.page.getByText(/21 questions, about \d+ minutes/).count()).resolves.toBe(1)
      await audit(first.page, 'assessment intro')
      await first.page.getByRole('button', { name: 'Start the Better Love Check-in' }).click()
      await first.page.locator('.progress-text', { hasText: 'Page 1 of 5 · questions 1–5 of 21' }).waitFor()
      await audit(first.page, 'questions, page 1')
      await answerQuestionPage(first.page, (index) => index % 5)
      await first.page.getByRole('button', { name: 'Save and finish later' }).click()
      await first.page.getByRole('heading', { name: 'Saved. Your private link' }).waitFor()
    })
    const privateLink = (await first.page.locator('.private-link-address').getAttribute('href')) ?? ''
    expect(privateLink).toMatch(/^\/responses\/[^/?]+\?page=1&token=[\w-]{20,}$/)
    await first.context.close()

    // Resuming: nothing but the link, in a browser that has never seen the site.
    const { page } = await newReader()
    await withScreenshot(page, 'site-assessment-resume', async () => {
      await page.goto(privateLink)
      const checked = await page.locator('fieldset.question input:checked').count()
      expect(checked).toBe(5)
      await page.getByRole('button', { name: 'Save and continue' }).click()
      await page.locator('.progress-text', { hasText: 'Page 2 of 5' }).waitFor()
      await finish(page, (index, choices) => (index * 2) % choices, 'partner A')
      resultURL = page.url()
      await page.getByRole('heading', { level: 1, name: 'Your result: Better Love Check-in' }).waitFor()
      for (const label of dimensions)
        await expect(page.locator('h3', { hasText: label }).count()).resolves.toBe(1)
      await expect(page.locator('.conversation-prompts li').count()).resolves.toBeGreaterThan(4)
      const chart = page.locator('svg[role="img"]')
      await expect(chart.locator('title').textContent()).resolves.toBe(
        'Your Better Love Check-in by dimension',
      )
      await expect(chart.locator('desc').textContent()).resolves.toMatch(/Emotional safety: You \d+%/)
      // The token in this address never leaves for another site, and no search engine keeps the page.
      await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('same-origin')
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
        'noindex, nofollow',
      )
      await audit(page, 'result')
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'site-result.png') })
    })
    await page.context().close()
  }, 600_000)

  it('refuses the result’s address without its token, or with another, saying nothing about it (no result, no inference)', async () => {
    const { context, page } = await newReader()
    const bare = resultURL.replace(/\?.*$/, '')
    const wrongToken = resultURL.replace(/token=[^&]+/, 'token=' + 'x'.repeat(43))
    const unknown = bare.replace(/\/responses\/[^/]+\//, '/responses/00000000-0000-4000-8000-000000000000/')
    const answers: { body: string; status: number }[] = []
    const kept = await page.goto(resultURL)
    // The token in the address never leaves in a Referer to another site, whatever the page links to.
    expect(kept?.headers()['referrer-policy']).toBe('same-origin')
    for (const address of [bare, wrongToken, unknown]) {
      const response = await page.goto(address)
      answers.push({ body: await page.locator('main').innerText(), status: response?.status() ?? 0 })
    }
    for (const answer of answers) {
      expect(answer.status).toBe(404)
      for (const label of [...dimensions, 'Your result', 'Overall']) expect(answer.body).not.toContain(label)
    }
    // A missing result and someone else's read the same: nothing tells a stranger that this one exists.
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
    await context.close()
  }, 180_000)

  it('partner A invites; partner B answers in a browser of their own without JavaScript; both consent, both see the couple report; one withdraws and it disappears for both', async () => {
    const a = await newReader()
    const b = await newReader(false)
    await withScreenshot(a.page, 'site-assessment-couple-a', async () => {
      await a.page.goto(resultURL)
      await a.page.getByRole('button', { name: 'Invite my partner' }).click()
      await a.page.locator('.invitation-link').waitFor()
      invitationURL = (await a.page.locator('.invitation-link').getAttribute('href')) ?? ''
      expect(invitationURL).toMatch(/^\/assessments\/better-love-check-in\?invitation=[\w-]{20,}$/)
    })
    await withScreenshot(b.page, 'site-assessment-couple-b', async () => {
      await b.page.goto(invitationURL)
      await b.page.getByText('Your partner invited you').waitFor()
      await audit(b.page, 'invitation intro')
      await b.page.getByRole('button', { name: 'Start the Better Love Check-in' }).click()
      await b.page.locator('.progress-text', { hasText: 'Page 1 of 5' }).waitFor()
      await finish(b.page, (index, choices) => (index + 3) % choices, 'partner B')
      await b.page.getByRole('heading', { level: 1, name: 'Your result: Better Love Check-in' }).waitFor()
    })
    const closed = 'The couple report opens once both partners have submitted and agreed to share it.'
    for (const [name, reader] of [
      ['A', a],
      ['B', b],
    ] as const)
      await withScreenshot(reader.page, `site-assessment-consent-${name}`, async () => {
        await reader.page.getByRole('link', { name: 'Open our couple report' }).click()
        await reader.page.getByText(closed).waitFor()
        if (name === 'A') await audit(reader.page, 'couple report, not yet open')
        await reader.page.getByRole('button', { name: 'Share my results with my partner' }).click()
        await reader.page.waitForURL((url) => url.searchParams.get('shared') === '1')
      })
    const reportURLs = {
      a: a.page.url().replace(/&shared=1$/, ''),
      b: b.page.url().replace(/&shared=1$/, ''),
    }
    for (const [name, reader] of [
      ['A', a],
      ['B', b],
    ] as const) {
      await reader.page.goto(name === 'A' ? reportURLs.a : reportURLs.b)
      await reader.page
        .getByRole('heading', { level: 1, name: 'Couple report: Better Love Check-in' })
        .waitFor()
      const chart = reader.page.locator('svg[role="img"]')
      await expect(chart.locator('desc').textContent()).resolves.toMatch(
        /Listening: You \d+%, Your partner \d+%/,
      )
      await reader.page.getByRole('heading', { name: 'Where you can grow together' }).waitFor()
      await expect(reader.page.locator('.conversation-prompts li').count()).resolves.toBeGreaterThan(0)
      // Scores and agreement only: no answer of either partner, and not the safety question.
      await expect(reader.page.locator('main').innerText()).resolves.not.toMatch(/afraid of your partner/)
    }
    await audit(a.page, 'couple report')
    await a.page.screenshot({ fullPage: true, path: path.join(screenshots, 'site-couple-report.png') })

    await b.page.getByRole('button', { name: 'Withdraw my consent' }).click()
    await b.page.waitForURL((url) => url.searchParams.get('shared') === '0')
    for (const [reader, url] of [
      [a, reportURLs.a],
      [b, reportURLs.b],
    ] as const) {
      await reader.page.goto(url)
      await reader.page.getByText(closed).waitFor()
      await expect(reader.page.getByRole('heading', { name: 'Side by side' }).count()).resolves.toBe(0)
    }
    await a.context.close()
    await b.context.close()
  }, 900_000)

  it('a respondent enters their counselor’s share code without JavaScript, confirms the name shown, the counselor reads the result, and the respondent ends it', async () => {
    const { context, page } = await newReader(false)
    const responseID = /\/responses\/([^/]+)\/result/.exec(resultURL)?.[1] ?? ''
    const { token } = await staffToken(journey.server.url, counselor)
    const made = await fetch(`${journey.server.url}/api/counselor-share-codes`, {
      body: JSON.stringify({ label: 'Tuesday group' }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(made.status).toBe(201)
    const { code } = (await made.json()).doc as { code: string }
    const counselorRead = async () =>
      (
        await fetch(`${journey.server.url}/api/responses/${responseID}/result`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).status
    expect(await counselorRead()).toBe(404)
    await withScreenshot(page, 'site-assessment-grant', async () => {
      await page.goto(resultURL)
      await page.getByLabel("Your counselor's share code").fill('0000-0000-0000')
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.locator('#counselor-error').waitFor()
      // As a reader may type it: lower case, no dashes.
      await page.getByLabel("Your counselor's share code").fill(code.toLowerCase().replaceAll('-', ''))
      await page.getByRole('button', { name: 'Continue' }).click()
      await page
        .getByRole('heading', { level: 1, name: `Share this result with ${counselor.name}?` })
        .waitFor()
      await audit(page, 'share confirmation')
      // Nothing is shared before the reader confirms.
      expect(await counselorRead()).toBe(404)
      await page.getByRole('button', { name: `Share with ${counselor.name}` }).click()
      await page.getByText(`${counselor.name} — since`).waitFor()
      expect(await counselorRead()).toBe(200)
      await page.goto(resultURL)
      await page.getByText(/read 1 time(?!s)/).waitFor()
      await page.getByRole('button', { name: `End ${counselor.name}'s access` }).click()
      await page.getByText(/, ended /).waitFor()
    })
    expect(await counselorRead()).toBe(404)
    await context.close()
  }, 300_000)

  it('has no serious or critical accessibility violation on any page the journey visited', () => {
    expectNoAxeFindings(8)
  })
})
