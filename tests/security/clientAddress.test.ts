import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import supertest from 'supertest'

import { fingerprint } from '../../plugins/comment-moderation/core/index.js'
import { ConfigError } from '../../src/ConfigError.js'
import { createApp } from '../../src/http/createApp.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment, newGuest, storedComment } from '../helpers/comments.js'

/**
 * Risk: a client writes its own X-Forwarded-For and so chooses its address,
 * dodging the guest rate limit, IP bans and one-flag-per-guest (three flags
 * from three invented addresses would hide any approved comment).
 */
let kindred: Kindred
let articleID: string
let slug: string
/** The same Kindred with TRUST_PROXY=1: one load balancer in front, here played by loopback. */
let behindOneProxy: ReturnType<typeof supertest>

const appWith = (trustProxy: string) => {
  process.env.TRUST_PROXY = trustProxy
  try {
    return createApp({ config: kindred.config, payload: kindred.payload })
  } finally {
    process.env.TRUST_PROXY = ''
  }
}

beforeAll(async () => {
  // TRUST_PROXY unset (empty): the default of a plain `npm start`. No read cache: two apps share this Payload.
  kindred = await bootKindred({ API_CACHE_SECONDS: '0', TRUST_PROXY: '' })
  const article = await createArticle(kindred.payload, { title: 'Flagged' })
  articleID = String(article.id)
  slug = String(article.slug)
  behindOneProxy = supertest(appWith('1'))
})
afterAll(async () => {
  await kindred.close()
})

const approvedComment = () => createComment(kindred.payload, articleID)

const flag = (request: ReturnType<typeof supertest>, id: string, forwardedFor: string) =>
  request.post(`/api/comments/${id}/flags`).set('X-Forwarded-For', forwardedFor).send({ reason: 'spam' })

const postFrom = (request: ReturnType<typeof supertest>, forwardedFor: string, body: string) => {
  const guest = newGuest()
  return request
    .post(`/api/articles/${slug}/comments`)
    .set('X-Forwarded-For', forwardedFor)
    .send({ author: { email: guest.email, name: guest.name }, body })
}

const ipFingerprintOf = async (commentID: string) =>
  (await storedComment(kindred.payload, commentID)).moderation?.ipFingerprint
const fingerprintOf = (ip: string) => fingerprint({ ip, secret: kindred.payload.secret })

describe('TRUST_PROXY unset: no proxy is trusted, not even loopback', () => {
  it('counts three flags from three invented X-Forwarded-For addresses as one guest; the comment stays up', async () => {
    const id = await approvedComment()
    expect((await flag(kindred.request, id, '198.51.100.1')).status).toBe(201)
    expect((await flag(kindred.request, id, '198.51.100.2')).status).toBe(409)
    expect((await flag(kindred.request, id, '198.51.100.3')).status).toBe(409)
    const stored = await storedComment(kindred.payload, id)
    expect(stored.status).toBe('approved')
    expect(stored.moderation?.flagCount).toBe(1)
  })

  it('ignores X-Forwarded-For from loopback: the socket address is the client, so the guest rate limit holds', async () => {
    const first = await postFrom(kindred.request, '198.51.100.10', 'A first thought from here.')
    expect(first.status).toBe(201)
    expect(await ipFingerprintOf(first.body.id)).toBe(fingerprintOf('127.0.0.1'))
    const second = await postFrom(kindred.request, '198.51.100.11', 'A second voice, same machine.')
    expect(second.status).toBe(429)
  })
})

describe('TRUST_PROXY=1: the address is what the one load balancer saw, the rightmost entry', () => {
  it('counts three flags whose invented leftmost entries differ as one guest; the comment stays up', async () => {
    const id = await approvedComment()
    for (const [invented, status] of [
      ['198.51.100.21', 201],
      ['198.51.100.22', 409],
      ['198.51.100.23', 409],
    ] as const) {
      expect((await flag(behindOneProxy, id, `${invented}, 203.0.113.5`)).status).toBe(status)
    }
    const stored = await storedComment(kindred.payload, id)
    expect(stored.status).toBe('approved')
    expect(stored.moderation?.flagCount).toBe(1)
  })

  it('takes the rightmost X-Forwarded-For entry as the client address', async () => {
    const res = await postFrom(
      behindOneProxy,
      '198.51.100.30, 10.9.8.7, 203.0.113.6',
      'Through the load balancer.',
    )
    expect(res.status).toBe(201)
    expect(await ipFingerprintOf(res.body.id)).toBe(fingerprintOf('203.0.113.6'))
  })

  it('holds the guest rate limit whatever the client prepends', async () => {
    expect(
      (await postFrom(behindOneProxy, '198.51.100.40, 203.0.113.7', 'One from this address.')).status,
    ).toBe(201)
    expect((await postFrom(behindOneProxy, '198.51.100.41, 203.0.113.7', 'Another, disguised.')).status).toBe(
      429,
    )
  })

  it('keeps an IP ban whatever the client prepends', async () => {
    await kindred.payload.create({
      collection: 'comment-bans',
      data: { ipFingerprint: fingerprintOf('203.0.113.8'), reason: 'Abuse', target: 'ip' },
      overrideAccess: true,
    })
    expect((await postFrom(behindOneProxy, '198.51.100.50, 203.0.113.8', 'Let me back in.')).status).toBe(403)
  })

  it('tells distinct clients behind the load balancer apart', async () => {
    const id = await approvedComment()
    expect((await flag(behindOneProxy, id, '203.0.113.9')).status).toBe(201)
    expect((await flag(behindOneProxy, id, '203.0.113.10')).status).toBe(201)
    expect((await storedComment(kindred.payload, id)).moderation?.flagCount).toBe(2)
  })
})

describe('TRUST_PROXY=true', () => {
  it('is refused: it would take the leftmost entry, which the client writes', () => {
    expect(() => appWith('true')).toThrow(ConfigError)
  })
})
