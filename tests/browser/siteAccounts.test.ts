import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { axeFindingsPerPage, useProductionServerAndChromium, withScreenshot } from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'
import { startSmtpServer } from '../helpers/startSmtpServer.js'
import { firstAdminToken, publishArticle } from '../helpers/spawnServer.js'

/**
 * Journey (c): a reader signs up on the reader site, confirms the address through the emailed link (caught by a
 * real SMTP server), signs in, replies to a comment, signs out, resets the password through the emailed link and
 * signs in with the new one. Production build, empty database. Also: the site keeps the API's rules on account
 * enumeration, shows throttled sign-ins as a wait, and works without JavaScript.
 */
const mail = { pass: 'journey-mail-secret', user: 'kindred' }
const reader = { email: 'rita@example.test', name: 'Rita Reader', password: 'first-long-password' }
const newPassword = 'second-long-password'
const replyText = 'We tried the check-in last week, it helped us talk.'
const screenshots = path.resolve('docs/screenshots')

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let context: BrowserContext
let page: Page
/** The site as the emails link to it (SERVER_URL is unset: this server's own URL, on localhost). */
let site = ''
let adminToken = ''
let articleSlug = ''
let commentID = ''
const { audit, expectNoAxeFindings } = axeFindingsPerPage()

const api = (route: string, init: { body?: unknown; method?: string } = {}) =>
  staffCalls(journey.server.url, adminToken).json(route, {
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    method: init.method ?? 'GET',
  })

/** The one link in the newest email to `address` since `since` messages were caught. */
const emailedLink = async (address: string, since: number): Promise<URL> => {
  const message = await smtp.mailTo(address, { since })
  const hrefs = [...String(message.html).matchAll(/href="([^"]+)"/g)].map((match) =>
    match[1].replaceAll('&amp;', '&'),
  )
  expect(hrefs).toHaveLength(1)
  return new URL(hrefs[0])
}

const fill = async (on: Page, fields: Record<string, string>) => {
  for (const [label, value] of Object.entries(fields)) await on.getByLabel(label, { exact: true }).fill(value)
}

const signInAs = async (on: Page, email: string, password: string) => {
  await on.goto(`${site}/sign-in`)
  await fill(on, { Email: email, Password: password })
  await on.getByRole('button', { name: 'Sign in' }).click()
}

/** The error shown beside a field, once the form's answer is there: the element its input names in aria-describedby. */
const errorBeside = async (on: Page, label: string) => {
  const input = on.getByLabel(label, { exact: true })
  const id = await input.getAttribute('id')
  const error = on.locator(`[id="${id}-error"]`)
  await error.waitFor()
  expect(await input.getAttribute('aria-invalid')).toBe('true')
  expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`)
  return error.innerText()
}

/** Asks `check` again until it answers something other than undefined, for up to 15 s. */
const eventually = async <T>(check: () => Promise<T | undefined>): Promise<T | undefined> => {
  const deadline = Date.now() + 15_000
  for (;;) {
    const found = await check()
    if (found !== undefined || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

const mainText = (on: Page) => on.locator('main').innerText()
/** The form's own answer (not Next's route announcer, which is also role="alert"). */
const formMessage = (on: Page) => on.locator('.form-message').innerText()

beforeAll(async () => {
  smtp = await startSmtpServer(mail)
})
const journey = useProductionServerAndChromium('site-accounts', () => ({
  EMAIL_FROM: 'hello@kindred.test',
  SMTP_URL: `smtp://${mail.user}:${mail.pass}@127.0.0.1:${smtp.port}`,
}))

beforeAll(async () => {
  site = `http://localhost:${journey.server.port}`
  adminToken = await firstAdminToken(journey.server)
  articleSlug = await publishArticle(journey.server, adminToken, 'Help! We want more emotional intimacy')
  const guest = await fetch(`${journey.server.url}/api/articles/${articleSlug}/comments`, {
    body: JSON.stringify({
      author: { email: 'guest@example.test', name: 'Gwen Guest' },
      body: 'Would like this test for my marriage. How do I do this.',
    }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const posted = (await guest.json()) as { doc?: { id?: string }; id?: string }
  commentID = String(posted.doc?.id ?? posted.id ?? '')
  if (commentID)
    await api('/api/comments/moderate', { body: { action: 'approve', ids: [commentID] }, method: 'POST' })
  context = await journey.browser.newContext({ viewport: { height: 900, width: 1280 } })
  page = await context.newPage()
}, 120_000)

afterAll(async () => {
  await smtp?.close()
})

describe('reader accounts on the reader site (journey c)', () => {
  it('a reader signs up (refusals beside their fields), cannot sign in before confirming, confirms through the emailed link and signs in', async () => {
    await withScreenshot(page, 'site-accounts-sign-up', async () => {
      await page.goto(`${site}/`)
      await page.getByRole('link', { name: 'Create an account' }).click()
      await page.waitForURL(`${site}/sign-up`)
      await audit(page, 'sign-up')
      await page.screenshot({ path: path.join(screenshots, 'site-sign-up.png') })

      // A password the API refuses, and a confirmation that differs: each answer beside its field.
      await fill(page, {
        'Confirm password': 'ab',
        'Display name': reader.name,
        Email: reader.email,
        Password: 'ab',
      })
      await page.getByRole('button', { name: 'Create account' }).click()
      expect(await errorBeside(page, 'Password')).toMatch(/minimum length/)
      await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(reader.email)
      await fill(page, { 'Confirm password': 'not-the-same-password', Password: reader.password })
      await page.getByRole('button', { name: 'Create account' }).click()
      expect(await errorBeside(page, 'Confirm password')).toBe('Does not match the password.')
      await audit(page, 'sign-up with errors')

      const since = smtp.caught.length
      await fill(page, { 'Confirm password': reader.password, Password: reader.password })
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.waitForURL(`${site}/sign-up?sent=1`)
      expect(await mainText(page)).toContain('Check your email to confirm your account.')
      await audit(page, 'sign-up sent')

      await signInAs(page, reader.email, reader.password)
      await expect(formMessage(page)).resolves.toContain('Your email is not confirmed yet')
      await audit(page, 'sign-in refused')

      const link = await emailedLink(reader.email, since)
      expect(`${link.origin}${link.pathname}`).toBe(`${site}/verify`)
      expect(link.searchParams.get('token')).toMatch(/^[0-9a-f]{20,}$/)
      await page.goto(link.href)
      // Opening the link confirms nothing (a mail scanner opens links too): the button does.
      await page.getByRole('button', { name: 'Confirm my email' }).click()
      await page.waitForURL(`${site}/verify?confirmed=1`)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your email is confirmed')
      expect(await mainText(page)).toContain('Your email is confirmed — sign in')
      await audit(page, 'verify')
      // The token is spent: opening the link again confirms nothing and says so.
      const again = await context.newPage()
      await again.goto(link.href)
      await again.getByRole('button', { name: 'Confirm my email' }).click()
      await again.waitForURL(`${site}/verify?failed=1`)
      expect(await again.getByRole('heading', { level: 1 }).innerText()).toBe(
        'We could not confirm your email',
      )
      await again.close()

      await page.locator('main').getByRole('link', { name: 'sign in' }).click()
      await page.waitForURL(`${site}/sign-in`)
      await fill(page, { Email: reader.email, Password: reader.password })
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByText(`Signed in as ${reader.name}`).waitFor()
      await audit(page, 'home signed in')
    })
  }, 240_000)

  it('sign-in returns to the page named by ?next= on this site, never to another site (open redirect)', async () => {
    await withScreenshot(page, 'site-accounts-next', async () => {
      const other = await journey.browser.newContext()
      const tab = await other.newPage()
      await tab.goto(`${site}/sign-in?next=${encodeURIComponent(`/articles/${articleSlug}`)}`)
      await fill(tab, { Email: reader.email, Password: reader.password })
      await tab.getByRole('button', { name: 'Sign in' }).click()
      await tab.waitForURL(`${site}/articles/${articleSlug}`)
      await tab.goto(`${site}/sign-in?next=${encodeURIComponent('//evil.test/phish')}`)
      await fill(tab, { Email: reader.email, Password: reader.password })
      await tab.getByRole('button', { name: 'Sign in' }).click()
      await tab.waitForURL(`${site}/`)
      await other.close()
    })
  }, 120_000)

  it('the signed-in reader replies to a comment on a published article', async () => {
    await withScreenshot(page, 'site-accounts-reply', async () => {
      expect(commentID).not.toBe('')
      await page.goto(`${site}/articles/${articleSlug}`)
      // needs the comment thread (site-comments)
      const comment = page.locator('article', { hasText: 'Would like this test for my marriage' }).first()
      await comment.locator('summary', { hasText: 'Reply' }).first().click()
      await comment.getByLabel('Your reply').first().fill(replyText)
      await comment.getByRole('button', { name: 'Post reply' }).first().click()
      const reply = await eventually(async () => {
        const { body } = await api(
          `/api/comments?depth=0&where[parent][equals]=${commentID}&where[body][equals]=${encodeURIComponent(replyText)}`,
        )
        return (body.docs as { authorName: string }[])[0]
      })
      expect(reply?.authorName).toBe(reader.name)
      await audit(page, 'article signed in')
    })
  }, 120_000)

  it('the reader signs out: the session cookie is gone and the header offers "Sign in" again', async () => {
    await withScreenshot(page, 'site-accounts-sign-out', async () => {
      await page.goto(`${site}/`)
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.getByRole('link', { name: 'Sign in' }).waitFor()
      expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('payload-token')
      await expect(page.getByText('Signed in as').count()).resolves.toBe(0)
    })
  }, 120_000)

  it('forgot-password answers alike for any address (no account enumeration); the emailed link sets a new password that signs in', async () => {
    await withScreenshot(page, 'site-accounts-reset', async () => {
      await page.goto(`${site}/sign-in`)
      await page.getByRole('link', { name: 'Forgot your password?' }).click()
      await page.waitForURL(`${site}/forgot-password`)
      await audit(page, 'forgot-password')
      await fill(page, { Email: 'nobody-here@example.test' })
      await page.getByRole('button', { name: 'Email me a link' }).click()
      await page.waitForURL(`${site}/forgot-password?sent=1`)
      const forUnknown = await mainText(page)

      const since = smtp.caught.length
      await page.goto(`${site}/forgot-password`)
      await fill(page, { Email: reader.email })
      await page.getByRole('button', { name: 'Email me a link' }).click()
      await page.waitForURL(`${site}/forgot-password?sent=1`)
      expect(await mainText(page)).toBe(forUnknown)
      await audit(page, 'forgot-password sent')

      const link = await emailedLink(reader.email, since)
      expect(`${link.origin}${link.pathname}`).toBe(`${site}/reset-password`)
      await page.goto(link.href)
      await audit(page, 'reset-password')
      await fill(page, { 'Confirm new password': 'something-else-entirely', 'New password': newPassword })
      await page.getByRole('button', { name: 'Set new password' }).click()
      expect(await errorBeside(page, 'Confirm new password')).toBe('Does not match the password.')
      await fill(page, { 'Confirm new password': newPassword, 'New password': newPassword })
      await page.getByRole('button', { name: 'Set new password' }).click()
      await page.waitForURL(`${site}/sign-in?reset=1`)
      expect(await mainText(page)).toContain('Your password is changed.')

      await fill(page, { Email: reader.email, Password: reader.password })
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(formMessage(page)).resolves.toBe('The email or password provided is incorrect.')
      await audit(page, 'sign-in wrong password')
      await signInAs(page, reader.email, newPassword)
      await page.getByText(`Signed in as ${reader.name}`).waitFor()
    })
  }, 180_000)

  it('works without JavaScript, and shows throttled sign-ins as a wait time (brute force against one account)', async () => {
    const plain = await journey.browser.newContext({ javaScriptEnabled: false })
    const tab = await plain.newPage()
    await withScreenshot(tab, 'site-accounts-throttle', async () => {
      const target = 'someone-else@example.test'
      let answer = ''
      // 10 attempts per account and address in 15 minutes (docs/security.md); the 11th is refused.
      for (let attempt = 1; attempt <= 11; attempt += 1) {
        await signInAs(tab, target, `guess-${attempt}`)
        answer = await formMessage(tab)
        if (attempt <= 10) expect(answer).toBe('The email or password provided is incorrect.')
      }
      expect(answer).toMatch(/^Too many attempts\. Please wait about 1[45] minutes and try again\.$/)
      // (axe needs JavaScript: the sign-in page with a refusal is audited in the journey above.)
      // The throttle is per account and address: the reader still signs in, here without JavaScript too.
      await signInAs(tab, reader.email, newPassword)
      await tab.getByText(`Signed in as ${reader.name}`).waitFor()
    })
    await plain.close()
  }, 240_000)

  it('a sign-in form posted from another site signs nobody in (login CSRF through the site), while the same post from the site does', async () => {
    /** Posts the sign-in page's form as a browser without JavaScript would, from `origin`. */
    const postSignIn = async (origin: string) => {
      const form = await (await fetch(`${site}/sign-in`)).text()
      const body = new FormData()
      for (const [, name, value = ''] of form.matchAll(
        /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g,
      ))
        body.append(name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
      body.append('email', reader.email)
      body.append('password', newPassword)
      const res = await fetch(`${site}/sign-in`, {
        body,
        headers: { origin },
        method: 'POST',
        redirect: 'manual',
      })
      return res.headers
        .getSetCookie()
        .some((cookie) => cookie.startsWith('payload-token=') && !cookie.startsWith('payload-token=;'))
    }
    expect(await postSignIn('https://evil.test')).toBe(false)
    expect(await postSignIn('null')).toBe(false)
    expect(await postSignIn(site)).toBe(true)
  }, 120_000)

  it('every page the journey visited has no serious or critical accessibility violation (axe)', () => {
    expectNoAxeFindings(10)
  })
})
