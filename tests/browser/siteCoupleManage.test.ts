import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { Page } from 'playwright-core'

import {
  axeFindingsPerPage,
  newReaderContext,
  useProductionServerAndChromium,
  withScreenshot,
} from '../helpers/browser.js'
import { seedContentOnly } from '../helpers/seedContentOnly.js'
import { firstAdminToken } from '../helpers/spawnServer.js'
import { staffCalls } from '../helpers/staffCalls.js'
import { startSmtpServer } from '../helpers/startSmtpServer.js'

/**
 * Managing what a reader shared, on the reader site (production build, empty database): the couple page shows who
 * has agreed on every load; a partner leaves the couple and a respondent erases a response, each behind a
 * confirmation page that works without JavaScript, and the other partner's view afterwards; the emailed
 * confirmation and reset links spend their token only when the reader acts, not when a mail scanner opens them.
 */
const mail = { pass: 'manage-mail-secret', user: 'kindred' }
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const journey = useProductionServerAndChromium('site-couple-manage', async () => {
  smtp = await startSmtpServer(mail)
  return {
    EMAIL_FROM: 'hello@kindred.test',
    SMTP_URL: `smtp://${mail.user}:${mail.pass}@127.0.0.1:${smtp.port}`,
  }
})
const { audit, expectNoAxeFindings } = axeFindingsPerPage()
let slug = ''
let title = ''
/** The site as the emails link to it (SERVER_URL is unset: this server's own URL, on localhost). */
let site = ''

const newReader = (javaScriptEnabled: boolean) =>
  newReaderContext(journey.browser, journey.server.url, { javaScriptEnabled })

/** The API as an anonymous client (the response token, where one is needed, goes in `headers`). */
const api = (
  route: string,
  init: { body?: unknown; headers?: Record<string, string>; method?: string } = {},
) =>
  staffCalls(journey.server.url).json(route, {
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers: init.headers,
    method: init.method ?? 'GET',
  })

type FormQuestion = {
  id: string
  options?: { value: number | string }[]
  scale?: { max: number; min: number }
  type: string
}
/** A submitted response through the API: every question answered (`level` picks the point on each scale). */
const respond = async (level: number, invitation?: string) => {
  const form = await api(`/api/assessments/${slug}/form`)
  const answers = Object.fromEntries(
    (form.body.questions as FormQuestion[]).flatMap((question): [string, unknown][] => {
      if (question.type === 'likert' && question.scale)
        return [[question.id, Math.min(question.scale.max, question.scale.min + level)]]
      if (question.type === 'boolean') return [[question.id, false]]
      if (question.type === 'single' && question.options) return [[question.id, question.options[0].value]]
      if (question.type === 'multiple' && question.options)
        return [[question.id, [question.options[0].value]]]
      return []
    }),
  )
  const started = await api(`/api/assessments/${slug}/responses`, {
    body: { answers, submit: true, ...(invitation ? { invitation } : {}) },
    method: 'POST',
  })
  expect(started.status).toBe(201)
  return { id: started.body.id as string, token: started.body.token as string }
}

/** Partner A answers and invites; partner B answers with the code. Both through the API: the pages are the test. */
const pair = async () => {
  const a = await respond(3)
  const invitation = await api(`/api/responses/${a.id}/invitation`, {
    headers: { 'x-response-token': a.token },
    method: 'POST',
  })
  expect(invitation.status).toBe(201)
  const b = await respond(1, invitation.body.code)
  const couple = invitation.body.couple as string
  const link = (partner: { id: string; token: string }) =>
    `${site}/couples/${couple}?${new URLSearchParams({ response: partner.id, token: partner.token })}`
  return { a, b, couple, linkA: link(a), linkB: link(b) }
}

const mainText = (page: Page) => page.locator('main').innerText()
const closed = 'The couple report opens once both partners have submitted and agreed to share it.'

beforeAll(async () => {
  site = `http://localhost:${journey.server.port}`
  await firstAdminToken(journey.server)
  // The Better Love Check-in, written by the seed the README documents for a production database (content only).
  await seedContentOnly(journey.server)
  // The seed's assessment (src/seed/assessmentSeed.ts, checkInSlug), as a respondent reads it.
  slug = 'better-love-check-in'
  const form = await api(`/api/assessments/${slug}/form`)
  expect(form.status).toBe(200)
  title = form.body.title
}, 300_000)

afterAll(async () => {
  await smtp?.close()
})

describe('managing a couple and a response on the reader site', () => {
  it('shows each partner who has agreed on every load, and a partner leaving (confirmed on a page of its own, without JavaScript) reads to the other like a withdrawal', async () => {
    const { b, linkA, linkB } = await pair()
    const a = await newReader(true)
    const partnerB = await newReader(false)
    await withScreenshot(a.page, 'site-couple-manage-consent', async () => {
      await a.page.goto(linkA)
      await a.page.getByText(closed).waitFor()
      expect(await mainText(a.page)).toContain('You have not agreed to share.')
      expect(await mainText(a.page)).toContain('Your partner has not agreed to share.')
      await audit(a.page, 'couple page, nobody agreed')
      await a.page.getByRole('button', { name: 'Share my results with my partner' }).click()
      await a.page.waitForURL((url) => url.searchParams.get('shared') === '1')
      // A fresh load, without the redirect's note, still knows: the state comes from the API.
      await a.page.goto(linkA)
      expect(await mainText(a.page)).toContain('You have agreed to share.')
      expect(await mainText(a.page)).toContain('Your partner has not agreed to share.')
      await expect(
        a.page.getByRole('button', { name: 'Share my results with my partner' }).count(),
      ).resolves.toBe(0)
      await a.page.getByRole('button', { name: 'Withdraw my consent' }).waitFor()
    })

    await withScreenshot(partnerB.page, 'site-couple-manage-leave', async () => {
      await partnerB.page.goto(linkB)
      expect(await mainText(partnerB.page)).toContain('You have not agreed to share.')
      expect(await mainText(partnerB.page)).toContain('Your partner has agreed to share.')
      await audit(partnerB.page, 'couple page, partner agreed')
      await partnerB.page.getByRole('button', { name: 'Share my results with my partner' }).click()
      await partnerB.page.getByRole('heading', { level: 1, name: `Couple report: ${title}` }).waitFor()

      // The first step is only a link: the confirmation page, and cancelling it, change nothing.
      await partnerB.page.getByRole('link', { name: 'Leave this couple…' }).click()
      await partnerB.page.getByRole('heading', { level: 1, name: 'Leave this couple?' }).waitFor()
      expect(await mainText(partnerB.page)).toContain('it does not say that you left')
      await audit(partnerB.page, 'leave confirmation')
      await partnerB.page.screenshot({
        fullPage: true,
        path: path.resolve('docs/screenshots/site-couple-leave.png'),
      })
      await partnerB.page.getByRole('link', { name: 'Cancel, stay in the couple' }).click()
      await partnerB.page.getByRole('heading', { level: 1, name: `Couple report: ${title}` }).waitFor()
      await a.page.goto(linkA)
      await a.page.getByRole('heading', { level: 1, name: `Couple report: ${title}` }).waitFor()

      await partnerB.page.getByRole('link', { name: 'Leave this couple…' }).click()
      await partnerB.page.getByRole('button', { name: 'Leave the couple' }).click()
      await partnerB.page.waitForURL((url) => url.pathname === `/responses/${b.id}/result`)
      expect(await mainText(partnerB.page)).toContain('You have left the couple')
      // B's own result stays, and B may invite someone anew; the old couple page is no longer B's.
      await partnerB.page.getByRole('button', { name: 'Invite my partner' }).waitFor()
      await audit(partnerB.page, 'result after leaving')
      expect((await partnerB.page.goto(linkB))?.status()).toBe(404)
    })

    // A sees what a withdrawal shows, keeps their own consent, and can still change it.
    await a.page.goto(linkA)
    await a.page.getByText(closed).waitFor()
    expect(await mainText(a.page)).toContain('You have agreed to share.')
    expect(await mainText(a.page)).toContain('Your partner has not agreed to share.')
    expect(await mainText(a.page)).not.toMatch(/\bleft\b/)
    await a.page.getByRole('button', { name: 'Withdraw my consent' }).click()
    await a.page.waitForURL((url) => url.searchParams.get('shared') === '0')
    await a.page.getByText('You have not agreed to share.').waitFor()
    await a.context.close()
    await partnerB.context.close()
  }, 600_000)

  it('erases a response after a confirmation page (without JavaScript): its link stops working, and the partner sees a closed report that does not say why', async () => {
    const { a, b, linkA } = await pair()
    for (const partner of [a, b])
      expect(
        (
          await api(`/api/responses/${partner.id}/consent`, {
            body: { share: true },
            headers: { 'x-response-token': partner.token },
            method: 'POST',
          })
        ).status,
      ).toBe(200)
    const resultB = `${site}/responses/${b.id}/result?${new URLSearchParams({ token: b.token })}`
    const partnerB = await newReader(false)
    await withScreenshot(partnerB.page, 'site-couple-manage-erase', async () => {
      await partnerB.page.goto(resultB)
      await partnerB.page.getByRole('link', { name: 'Erase my response…' }).click()
      await partnerB.page.getByRole('heading', { level: 1, name: 'Erase your response?' }).waitFor()
      expect(await mainText(partnerB.page)).toContain('Your couple report closes for both of you.')
      await audit(partnerB.page, 'erase confirmation')
      await partnerB.page.getByRole('link', { name: 'Cancel, keep my response' }).click()
      await partnerB.page.waitForURL((url) => url.pathname === `/responses/${b.id}/result`)

      await partnerB.page.getByRole('link', { name: 'Erase my response…' }).click()
      await partnerB.page.getByRole('button', { name: 'Erase my response' }).click()
      await partnerB.page.waitForURL(`${site}/responses/erased`)
      await partnerB.page.getByRole('heading', { level: 1, name: 'Your response is erased' }).waitFor()
      await audit(partnerB.page, 'response erased')
      expect((await partnerB.page.goto(resultB))?.status()).toBe(404)
    })
    expect((await api(`/api/responses/${b.id}`, { headers: { 'x-response-token': b.token } })).status).toBe(
      404,
    )

    const partnerA = await newReader(true)
    await partnerA.page.goto(linkA)
    await partnerA.page.getByText(closed).waitFor()
    expect(await mainText(partnerA.page)).toContain('You have agreed to share.')
    expect(await mainText(partnerA.page)).toContain('Your partner has not agreed to share.')
    expect(await mainText(partnerA.page)).not.toMatch(/erase/i)
    await partnerA.context.close()
    await partnerB.context.close()
  }, 600_000)
})

describe('emailed links that a mail scanner opens first', () => {
  const reader = { displayName: 'Mara Manage', email: 'mara@example.test', password: 'first-long-password' }

  /** The one link in the newest email to `address` since `since` messages were caught. */
  const emailedLink = async (address: string, since: number): Promise<string> => {
    const message = await smtp.mailTo(address, { since })
    const hrefs = [...String(message.html).matchAll(/href="([^"]+)"/g)].map((match) =>
      match[1].replaceAll('&amp;', '&'),
    )
    expect(hrefs).toHaveLength(1)
    return hrefs[0]
  }
  /** What a scanner does: GET the link, twice, following redirects. */
  const scan = async (link: string) => {
    expect((await fetch(link)).status).toBe(200)
    expect((await fetch(link)).status).toBe(200)
  }
  const signIn = (password: string) =>
    api('/api/readers/login', { body: { email: reader.email, password }, method: 'POST' })

  it('confirms an email only when the reader presses the button (without JavaScript), not when the link is opened', async () => {
    const since = smtp.caught.length
    const created = await api('/api/readers', {
      body: { ...reader, 'confirm-password': reader.password },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const link = await emailedLink(reader.email, since)
    expect(new URL(link).pathname).toBe('/verify')
    await scan(link)
    // Still unconfirmed: Payload refuses the sign-in with 403.
    expect((await signIn(reader.password)).status).toBe(403)

    const { context, page } = await newReader(false)
    await withScreenshot(page, 'site-couple-manage-verify', async () => {
      await page.goto(link)
      await page.getByRole('heading', { level: 1, name: 'Confirm your email' }).waitFor()
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/)
      await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('same-origin')
      await audit(page, 'verify')
      await page.getByRole('button', { name: 'Confirm my email' }).click()
      await page.waitForURL(`${site}/verify?confirmed=1`)
      expect(await mainText(page)).toContain('Your email is confirmed — sign in')
      await audit(page, 'verify confirmed')
      expect((await signIn(reader.password)).status).toBe(200)

      // The token is spent now: pressing the button on the link again confirms nothing and says so.
      await page.goto(link)
      await page.getByRole('button', { name: 'Confirm my email' }).click()
      await page.waitForURL(`${site}/verify?failed=1`)
      await page.getByRole('heading', { level: 1, name: 'We could not confirm your email' }).waitFor()
    })
    await context.close()
  }, 300_000)

  it('keeps a reset link usable after it was opened: the token is spent only by setting the password', async () => {
    const since = smtp.caught.length
    expect(
      (await api('/api/readers/forgot-password', { body: { email: reader.email }, method: 'POST' })).status,
    ).toBe(200)
    const link = await emailedLink(reader.email, since)
    expect(new URL(link).pathname).toBe('/reset-password')
    await scan(link)

    const { context, page } = await newReader(false)
    await page.goto(link)
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/)
    await page.getByLabel('New password', { exact: true }).fill('second-long-password')
    await page.getByLabel('Confirm new password', { exact: true }).fill('second-long-password')
    await page.getByRole('button', { name: 'Set new password' }).click()
    await page.waitForURL(`${site}/sign-in?reset=1`)
    expect((await signIn('second-long-password')).status).toBe(200)
    await context.close()
  }, 300_000)

  it('finds no serious or critical accessibility problem on the pages visited', () => {
    expectNoAxeFindings(8)
  })
})
