import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { postAsGuest, storedComment } from '../helpers/comments.js'
import { freePort } from '../helpers/spawnServer.js'

/**
 * A stand-in for Akismet's HTTP API on loopback (the real service is out of
 * reach here): "casino" is spam, "slow" answers after the timeout, "broken"
 * fails. It records every call, so reports to the provider can be checked.
 */
const calls: { method: string; params: URLSearchParams }[] = []
const akismet = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    const params = new URLSearchParams(body)
    const method = req.url!.replace('/1.1/', '')
    calls.push({ method, params })
    const content = params.get('comment_content') ?? ''
    if (content.includes('broken')) return void res.writeHead(500).end('error')
    const answer =
      method === 'comment-check'
        ? String(content.includes('casino'))
        : 'Thanks for making the web a better place.'
    setTimeout(() => res.end(answer), content.includes('slow') ? 3000 : 0)
  })
})

let kindred: Kindred
let slug: string

beforeAll(async () => {
  const port = await freePort()
  await new Promise<void>((resolve) => akismet.listen(port, '127.0.0.1', resolve))
  kindred = await bootKindred({ AKISMET_ENDPOINT: `http://127.0.0.1:${port}`, AKISMET_KEY: 'test-key' })
  slug = (await createArticle(kindred.payload, { title: 'Spam Filtered' })).slug as string
})
afterAll(async () => {
  await kindred.close()
  akismet.closeAllConnections()
  await new Promise((resolve) => akismet.close(resolve))
})

const reasons = async (id: string) =>
  (await storedComment(kindred.payload, id)).moderation?.reasons as { code: string; details?: unknown }[]

describe('the spam provider (Akismet)', () => {
  it('marks what Akismet calls spam as spam and records why', async () => {
    const res = await postAsGuest(kindred.request, slug, { body: 'Win big at the casino tonight' })
    expect(res.body.status).toBe('spam')
    expect((await reasons(res.body.id)).map((reason) => reason.code)).toEqual([
      'new-commenter',
      'spam-provider',
    ])
    const check = calls.find(
      (call) => call.params.get('comment_content') === 'Win big at the casino tonight',
    )!
    expect(check.params.get('api_key')).toBe('test-key')
    expect(check.params.get('comment_type')).toBe('comment')
  })

  it('holds a comment for review when Akismet times out or fails, never approving it', async () => {
    const slow = await postAsGuest(kindred.request, slug, { body: 'A slow one to check' })
    expect(slow.body.status).toBe('pending')
    expect(await reasons(slow.body.id)).toContainEqual(
      expect.objectContaining({
        code: 'provider-unavailable',
        details: { provider: 'spam', status: 'timeout' },
      }),
    )
    const broken = await postAsGuest(kindred.request, slug, { body: 'A broken one to check' })
    expect(await reasons(broken.body.id)).toContainEqual(
      expect.objectContaining({
        code: 'provider-unavailable',
        details: { provider: 'spam', status: 'error' },
      }),
    )
  })

  it('reports moderators’ corrections back: "not spam" and "spam"', async () => {
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const res = await postAsGuest(kindred.request, slug, { body: 'My casino night story, honestly' })
    expect(res.body.status).toBe('spam')
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [res.body.id] })
    expect(calls.at(-1)).toMatchObject({ method: 'submit-ham' })
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'spam', ids: [res.body.id] })
    expect(calls.at(-1)).toMatchObject({ method: 'submit-spam' })
  })
})
