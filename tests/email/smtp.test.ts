import type { ParsedMail } from 'mailparser'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { createReader, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { postAsGuest } from '../helpers/comments.js'
import { startSmtpServer } from '../helpers/startSmtpServer.js'

const credentials = { pass: 'mail-secret', user: 'kindred' }
const cronSecret = 'smtp-test-cron-secret'
/** Where readers reach the site: account emails must link to its pages, not to the API or the admin panel. */
const siteURL = 'https://site.kindred.test'

let kindred: Kindred
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
/** The logger's calls, as given to it (it writes nothing: LOG_LEVEL is silent). */
const loggers: { mock: { calls: unknown[][] } }[] = []

beforeAll(async () => {
  smtp = await startSmtpServer(credentials)
  kindred = await bootKindred({
    CRON_SECRET: cronSecret,
    EMAIL_FROM: 'hello@kindred.test',
    SERVER_URL: siteURL,
    SMTP_URL: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${smtp.port}`,
  })
  // Spies that only record: each call still reaches the real logger.
  for (const level of ['debug', 'info', 'warn', 'error'] as const)
    loggers.push(jest.spyOn(kindred.payload.logger, level) as unknown as { mock: { calls: unknown[][] } })
})
afterAll(async () => {
  await kindred.close()
  await smtp.close()
})

/** Runs the default queue as an external scheduler does, through the public API. */
const runQueue = async () => {
  const res = await kindred.request
    .get('/api/payload-jobs/run?queue=default')
    .set('Authorization', `Bearer ${cronSecret}`)
  expect(res.status).toBe(200)
}

/** The token of the mail's link to the reader site's `page` (`${SERVER_URL}${page}?token=…`); fails on any other link. */
const tokenIn = (mail: ParsedMail, page: '/reset-password' | '/verify'): string => {
  const hrefs = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) =>
    match[1].replaceAll('&amp;', '&'),
  )
  expect(hrefs).toHaveLength(1)
  const link = new URL(hrefs[0])
  expect(`${link.origin}${link.pathname}`).toBe(`${siteURL}${page}`)
  const token = link.searchParams.get('token')
  if (!token) throw new Error(`no token in the link of "${mail.subject}"`)
  return token
}

const register = (email: string, password: string) =>
  kindred.request.post('/api/readers').send({ displayName: 'Mailed Reader', email, password })

/** How many jobs of `task` wait to run (or to run again). */
const queued = async (task: string) =>
  (
    await kindred.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    })
  ).totalDocs
const queuedDeliveries = () => queued('deliverEmail')

describe('email through a real SMTP server (SMTP_URL)', () => {
  const email = 'mailed-reader@example.test'

  it("a new reader gets a verification email linking to the site's /verify page, whose token verifies the account through the API", async () => {
    const since = smtp.caught.length
    const res = await register(email, 'first-password')
    expect(res.status).toBe(201)
    const mail = await smtp.mailTo(email, { since })
    expect(mail.from?.value[0]?.address).toBe('hello@kindred.test')
    expect(mail.subject).toBe('Confirm your email for Kindred')
    expect(mail.html).toContain('Hello Mailed Reader,')
    const blocked = await kindred.request
      .post('/api/readers/login')
      .send({ email, password: 'first-password' })
    expect(blocked.status).toBe(403)
    const verify = await kindred.request.post(`/api/readers/verify/${tokenIn(mail, '/verify')}`)
    expect(verify.status).toBe(200)
    const login = await kindred.request.post('/api/readers/login').send({ email, password: 'first-password' })
    expect(login.status).toBe(200)
  })

  it("forgot-password emails a link to the site's /reset-password page whose token sets a new password", async () => {
    const since = smtp.caught.length
    const forgot = await kindred.request.post('/api/readers/forgot-password').send({ email })
    expect(forgot.status).toBe(200)
    const mail = await smtp.mailTo(email, { since })
    expect(mail.subject).toBe('Reset your Kindred password')
    const reset = await kindred.request
      .post('/api/readers/reset-password')
      .send({ password: 'second-password', token: tokenIn(mail, '/reset-password') })
    expect(reset.status).toBe(200)
    const oldLogin = await kindred.request
      .post('/api/readers/login')
      .send({ email, password: 'first-password' })
    expect(oldLogin.status).toBe(401)
    const newLogin = await kindred.request
      .post('/api/readers/login')
      .send({ email, password: 'second-password' })
    expect(newLogin.status).toBe(200)
  })

  it('escapes the display name a reader typed into the verification email (no markup or links injected into mail from us)', async () => {
    const address = 'markup-reader@example.test'
    const since = smtp.caught.length
    const res = await kindred.request.post('/api/readers').send({
      displayName: '<a href="https://evil.test">Ann</a> & Bo',
      email: address,
      password: 'markup-password',
    })
    expect(res.status).toBe(201)
    const mail = await smtp.mailTo(address, { since })
    expect(mail.html).toContain('Hello &lt;a href=&quot;https://evil.test&quot;&gt;Ann&lt;/a&gt; &amp; Bo,')
    expect(mail.html).not.toContain('evil.test">')
    tokenIn(mail, '/verify')
  })

  it("a guest's comment held for review emails the moderators once the jobs queue runs", async () => {
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const article = await createArticle(kindred.payload, { title: 'Mailed moderators' })
    const since = smtp.caught.length
    const res = await postAsGuest(kindred.request, String(article.slug), {
      body: 'Please read me, moderators.',
    })
    expect(res.body.status).toBe('pending')
    await runQueue()
    const mail = await smtp.mailTo(moderator.email, { since })
    expect(mail.subject).toBe('A comment is waiting for review')
    expect(mail.text).toContain('Please read me, moderators.')
  })
})

describe('a mail server that is down', () => {
  it('changes no answer of register or forgot-password (no 5xx, no account enumeration) and loses no email: account and notification emails wait in deliverEmail jobs until it is back', async () => {
    // Not the reader above, whose last reset was asked for too recently for another.
    const { email: known } = await createReader(kindred.payload)
    const newcomer = 'while-down@example.test'
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const article = await createArticle(kindred.payload, { title: 'Moderated while mail is down' })
    const { port } = smtp
    await smtp.close()

    const registered = await register(newcomer, 'newcomer-password')
    expect(registered.status).toBe(201)
    const forKnown = await kindred.request.post('/api/readers/forgot-password').send({ email: known })
    const forUnknown = await kindred.request
      .post('/api/readers/forgot-password')
      .send({ email: 'nobody-here@example.test' })
    expect(forKnown.status).toBe(200)
    expect(forKnown.body).toEqual(forUnknown.body)
    expect(await queuedDeliveries()).toBe(2)

    // The notification job itself completes: what the mail server refused waits in its own deliverEmail job.
    const comment = await postAsGuest(kindred.request, String(article.slug), {
      body: 'Held while mail is down.',
    })
    expect(comment.body.status).toBe('pending')
    await kindred.payload.jobs.run({ where: { taskSlug: { equals: 'commentNotifyModerators' } } })
    expect(await queued('commentNotifyModerators')).toBe(0)
    expect(await queuedDeliveries()).toBeGreaterThan(2)

    smtp = await startSmtpServer({ ...credentials, port })
    await runQueue()
    const verification = await smtp.mailTo(newcomer)
    const verify = await kindred.request.post(`/api/readers/verify/${tokenIn(verification, '/verify')}`)
    expect(verify.status).toBe(200)
    const reset = await smtp.mailTo(known)
    expect(tokenIn(reset, '/reset-password')).toMatch(/^[0-9a-f]{40}$/)
    expect((await smtp.mailTo(moderator.email)).text).toContain('Held while mail is down.')
    expect(await queuedDeliveries()).toBe(0)
  })
})

describe('privacy of the email log', () => {
  it('logs what was sent or queued by subject and a hash of the recipient, never an address, a body, a token or the SMTP password', () => {
    const text = JSON.stringify(loggers.map((logger) => logger.mock.calls))
    expect(text).toContain('Email: ')
    expect(text).toContain('Email not sent, queued to retry')
    expect(text).toMatch(/sha256:[0-9a-f]{12}/)
    expect(text).not.toMatch(/@example\.test/)
    expect(text).not.toContain('Please read me')
    expect(text).not.toMatch(/verify\/[0-9a-f]|reset\/[0-9a-f]|token=/)
    expect(text).not.toContain(credentials.pass)
  })
})
