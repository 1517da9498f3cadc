import { beforeAll, describe, expect, it } from '@jest/globals'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'

import { readOutboxFile } from '../helpers/outboxFile.js'
import {
  axeFindingsPerPage,
  useProductionServerAndChromium,
  waitForHydration,
  withScreenshot,
} from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'
import { firstAdminToken, publishArticle } from '../helpers/spawnServer.js'

// Journey (b) of issue 10: a guest comments on the reader site, sees their comment awaiting moderation (and
// nobody else does), a moderator approves it through the API, everyone sees it; replies, flags, the rate limit's
// answer, and the same form without JavaScript. Each browser context comes from an address of its own, as
// through a proxy (TRUST_PROXY=loopback), so flood control tells them apart as it would real readers.
const outbox = path.join(os.tmpdir(), `kindred-site-comments-outbox-${process.pid}.jsonl`)
const journey = useProductionServerAndChromium('site-comments', {
  EMAIL_OUTBOX_FILE: outbox,
  TRUST_PROXY: 'loopback',
})
let adminToken = ''
let slug = ''
const { audit, expectNoAxeFindings } = axeFindingsPerPage()

beforeAll(async () => {
  adminToken = await firstAdminToken(journey.server)
  slug = await publishArticle(journey.server, adminToken, 'Talking After The Kids Are Asleep')
  // Pre-moderation: every comment waits for a moderator, as a publisher who holds guests' comments sets it.
  const settings = await api('/api/globals/moderation-settings', { preModeration: true })
  expect(settings.status).toBe(200)
}, 120_000)

/** The REST API as the admin: a GET, or a POST of `body`. */
const api = (route: string, body?: unknown) =>
  body === undefined
    ? staffCalls(journey.server.url, adminToken).json(route)
    : staffCalls(journey.server.url, adminToken).post(route, body)

/** A reader's browser from an address of its own. */
const reader = async (address: string, javaScriptEnabled = true): Promise<Page> => {
  const context = await journey.browser.newContext({
    baseURL: journey.server.url,
    extraHTTPHeaders: { 'X-Forwarded-For': address },
    javaScriptEnabled,
    viewport: { height: 900, width: 1280 },
  })
  return context.newPage()
}

const openArticle = async (page: Page) => {
  await page.goto(`/articles/${slug}`, { timeout: 120_000 })
  await page.getByRole('heading', { level: 2, name: /Comments/ }).waitFor()
}

/** Fills the "Leave a comment" form as a guest and posts it. */
const postComment = async (page: Page, guest: { email: string; name: string }, text: string) => {
  const form = page.getByRole('region', { name: 'Leave a comment' })
  await form.getByLabel('Name').fill(guest.name)
  await form.getByLabel('Email').fill(guest.email)
  await form.getByLabel('Comment').fill(text)
  await form.getByRole('button', { name: 'Post comment' }).click()
}

const commentWith = (page: Page, text: string) => page.locator('article.comment', { hasText: text }).last()

const gina = { email: 'gina@example.org', name: 'Gina Guest' }
const hugo = { email: 'hugo@example.org', name: 'Hugo Guest' }
const nora = { email: 'nora@example.org', name: 'Nora No-Script' }
const ginasComment = 'We started a weekly walk with no phones, and it helped us talk again.'
const ginasReply = 'Thank you! We will try the check-in next week.'

let gina1: Page
let hugo1: Page
let ginaPostedAt = 0

describe('journey (b): a guest’s comment from the article page to publication', () => {
  it('shows a guest their own comment as "Awaiting moderation" after posting it', async () => {
    gina1 = await reader('203.0.113.10')
    await withScreenshot(gina1, 'site-comments-post', async () => {
      await openArticle(gina1)
      await expect(gina1.getByText('No comments yet.').isVisible()).resolves.toBe(true)
      await audit(gina1, 'article, empty thread')
      await waitForHydration(gina1, 'form.comment-form')
      // The honeypot is out of reach of people and assistive technology alike.
      expect(await gina1.getByRole('textbox', { name: 'Website' }).count()).toBe(0)
      ginaPostedAt = Date.now()
      await postComment(gina1, gina, ginasComment)
      const mine = commentWith(gina1, ginasComment)
      await mine.getByText('Awaiting moderation').waitFor({ timeout: 60_000 })
      expect(await mine.getByText(gina.name).count()).toBe(1)
      await audit(gina1, 'own held comment')
    })
  }, 300_000)

  it('privacy: does not show the held comment to another guest', async () => {
    hugo1 = await reader('203.0.113.20')
    await openArticle(hugo1)
    expect(await hugo1.getByText(ginasComment).count()).toBe(0)
    expect(await hugo1.content()).not.toContain(gina.email)
    await expect(hugo1.getByText('No comments yet.').isVisible()).resolves.toBe(true)
  }, 120_000)

  it('publishes the comment for everyone once a moderator approves it through the API', async () => {
    const pending = await api('/api/comments/queue?queue=pending')
    const item = pending.body.items.find((entry: { body: string }) => entry.body === ginasComment)
    expect(item).toBeDefined()
    const approved = await api('/api/comments/moderate', { action: 'approve', ids: [item.id] })
    expect(approved.status).toBe(200)
    for (const page of [gina1, hugo1]) {
      await openArticle(page)
      const comment = commentWith(page, ginasComment)
      await comment.waitFor()
      expect(await comment.getByText('Awaiting moderation').count()).toBe(0)
      expect(await comment.getByText(gina.name).count()).toBe(1)
    }
    await audit(hugo1, 'approved comment')
  }, 120_000)

  it('answers a second comment posted too soon with the wait, and keeps what the guest typed', async () => {
    await waitForHydration(hugo1, 'form.comment-form')
    await postComment(hugo1, hugo, 'A first thought from Hugo about evenings.')
    await commentWith(hugo1, 'A first thought from Hugo').getByText('Awaiting moderation').waitFor()
    await waitForHydration(hugo1, 'form.comment-form')
    const second = 'A second thought, posted far too quickly.'
    await postComment(hugo1, hugo, second)
    const form = hugo1.getByRole('region', { name: 'Leave a comment' })
    const alert = form.getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/^You can post again in \d+ (second|minute)s?\.$/)
    expect(await form.getByLabel('Comment').inputValue()).toBe(second)
    expect(await form.getByLabel('Name').inputValue()).toBe(hugo.name)
    await audit(hugo1, 'rate-limited form')
  }, 120_000)

  it('lets the guest reply under a comment; the reply waits for moderation, nested under it', async () => {
    // Flood control allows a guest one comment every 15 s by default.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ginaPostedAt + 16_000 - Date.now())))
    await openArticle(gina1)
    await waitForHydration(gina1, 'form.comment-form')
    const comment = commentWith(gina1, ginasComment)
    await comment.locator('summary', { hasText: 'Reply' }).first().click()
    await comment.getByLabel('Your name').first().fill(gina.name)
    await comment.getByLabel('Your email').first().fill(gina.email)
    await comment.getByLabel('Your reply').first().fill(ginasReply)
    await comment.getByRole('button', { name: 'Post reply' }).first().click()
    const reply = gina1.locator('article.comment article.comment', { hasText: ginasReply })
    await reply.getByText('Awaiting moderation').waitFor({ timeout: 60_000 })
    await audit(gina1, 'held reply')
    await gina1.screenshot({ fullPage: true, path: path.resolve('docs/screenshots/site-comments.png') })
  }, 120_000)

  it('lets a reader flag a comment for the moderators, with a reason', async () => {
    await openArticle(hugo1)
    await waitForHydration(hugo1, 'form.comment-form')
    const comment = commentWith(hugo1, ginasComment)
    await comment.locator('summary', { hasText: 'Flag' }).first().click()
    await comment.getByLabel('Reason').first().selectOption('off-topic')
    await comment.getByRole('button', { name: 'Flag comment' }).first().click()
    await comment.getByText('Thank you. A moderator will look at this comment.').waitFor()
    await audit(hugo1, 'flagged')
    const queue = await api('/api/comments/queue?queue=flagged')
    const flagged = queue.body.items.find((entry: { body: string }) => entry.body === ginasComment)
    expect(flagged?.flags).toEqual([expect.objectContaining({ reason: 'off-topic' })])
  }, 120_000)

  it('works without JavaScript: a guest posts a comment and sees it awaiting moderation', async () => {
    const nora1 = await reader('203.0.113.30', false)
    await openArticle(nora1)
    const text = 'Posted from a browser with scripts turned off.'
    await postComment(nora1, nora, text)
    await commentWith(nora1, text).getByText('Awaiting moderation').waitFor({ timeout: 60_000 })
    // axe needs scripts: the same reader's page (their cookies, their address) in a context that runs them.
    const withScripts = await journey.browser.newContext({
      baseURL: journey.server.url,
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.30' },
      storageState: await nora1.context().storageState(),
    })
    const audited = await withScripts.newPage()
    await openArticle(audited)
    await commentWith(audited, text).getByText('Awaiting moderation').waitFor()
    await audit(audited, 'held comment posted without JavaScript')
    await postComment(nora1, nora, 'Too soon, without scripts.')
    const alert = nora1.getByRole('region', { name: 'Leave a comment' }).getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/^You can post again in \d+ seconds?\.$/)
  }, 120_000)

  it('lets a signed-in reader comment as their account: "Commenting as <name>", no name or email asked', async () => {
    const rita = { displayName: 'Rita Reader', email: 'rita@example.org', password: 'a-long-reader-password' }
    const signUp = await fetch(`${journey.server.url}/api/readers`, {
      body: JSON.stringify(rita),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(signUp.status).toBe(201)
    // The verification email as the server sent it (Payload's default one carries the link in its HTML).
    const sent = readOutboxFile(outbox).map((line) => JSON.stringify(line))
    const token = /verify\/([\w-]+)|token=([\w-]+)/.exec(sent.find((line) => line.includes(rita.email)) ?? '')
    expect(token).not.toBeNull()
    const verified = await fetch(`${journey.server.url}/api/readers/verify/${token![1] ?? token![2]}`, {
      method: 'POST',
    })
    expect(verified.status).toBe(200)
    const page = await reader('203.0.113.40')
    const login = await page.context().request.post('/api/readers/login', {
      data: { email: rita.email, password: rita.password },
    })
    expect(login.status()).toBe(200)
    await openArticle(page)
    const form = page.getByRole('region', { name: 'Leave a comment' })
    await form.getByText('Commenting as Rita Reader').waitFor()
    expect(await form.getByLabel('Name').count()).toBe(0)
    await waitForHydration(page, 'form.comment-form')
    const text = 'Signed in, and commenting under my own name.'
    await form.getByLabel('Comment').fill(text)
    await form.getByRole('button', { name: 'Post comment' }).click()
    const mine = commentWith(page, text)
    await mine.getByText('Awaiting moderation').waitFor({ timeout: 60_000 })
    expect(await mine.getByText('Rita Reader').count()).toBe(1)
    await audit(page, 'signed-in reader’s held comment')
  }, 120_000)

  it('accessibility: no serious or critical axe finding in any state visited', () => {
    expectNoAxeFindings(7)
  })
})
