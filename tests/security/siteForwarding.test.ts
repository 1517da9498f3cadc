import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { siteForwarding } from '../../src/site/siteForwarding.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment } from '../helpers/comments.js'

/**
 * Risk: the reader site's own API calls carry the reader's address in `x-kindred-site-client-ip` beside a
 * per-process key (src/http/siteForwardedClient.ts). A client that sends that header itself, with no key or a
 * wrong one, would otherwise choose its address and so dodge the guest rate limit, IP bans and one flag per guest
 * (three flags from three invented addresses hide any approved comment). supertest connects from loopback, as the
 * site does: only the key tells them apart.
 */
let kindred: Kindred
let articleID: string

beforeAll(async () => {
  // TRUST_PROXY unset: no proxy may name the client either, so loopback is every caller's address here.
  kindred = await bootKindred({ API_CACHE_SECONDS: '0', TRUST_PROXY: '' })
  articleID = String((await createArticle(kindred.payload, { title: 'Forwarded Addresses' })).id)
  // A probe inside Payload (registered on the running config, as a plugin's endpoint would be): what reaches it.
  kindred.payload.config.endpoints.push({
    handler: (req) =>
      Response.json({
        address: req.headers.get('x-kindred-client-ip'),
        names: [...req.headers.keys()],
      }),
    method: 'get',
    path: '/probe-forwarding',
  })
})
afterAll(async () => {
  await kindred.close()
})

const wrongKeys: [string, Record<string, string>][] = [
  ['no key', {}],
  ['a wrong key', { [siteForwarding.keyHeader]: 'not-the-key' }],
  [
    'a wrong key of the right length',
    { [siteForwarding.keyHeader]: 'f'.repeat(siteForwarding.key().length) },
  ],
]

const flag = (commentID: string, headers: Record<string, string>) =>
  kindred.request.post(`/api/comments/${commentID}/flags`).set(headers).send({ reason: 'spam' })

describe('the reader site’s forwarded address', () => {
  it.each(wrongKeys)(
    'risk of a chosen address: with %s, two claimed addresses are one guest, so the second flag is refused',
    async (_name, key) => {
      const comment = await createComment(kindred.payload, articleID)
      const first = await flag(comment, { ...key, [siteForwarding.clientIPHeader]: '198.51.100.1' })
      const second = await flag(comment, { ...key, [siteForwarding.clientIPHeader]: '198.51.100.2' })
      expect([first.status, second.status]).toEqual([201, 409])
    },
  )

  it('risk of flooding: guests claiming two addresses without the key share one rate limit', async () => {
    const post = (n: number) =>
      kindred.request
        .post(`/api/articles/${articleID}/comments`)
        .set({ [siteForwarding.clientIPHeader]: `198.51.100.2${n}` })
        .send({
          author: { email: `spoofer-${n}@example.test`, name: 'Spoofer' },
          body: `Comment number ${n}.`,
        })
    const first = await post(1)
    const second = await post(2)
    expect([first.status, second.status]).toEqual([201, 429])
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('believes the address with this process’s key, as the site sends it (the check above can fail)', async () => {
    const comment = await createComment(kindred.payload, articleID)
    const key = { [siteForwarding.keyHeader]: siteForwarding.key() }
    const first = await flag(comment, { ...key, [siteForwarding.clientIPHeader]: '198.51.100.3' })
    const second = await flag(comment, { ...key, [siteForwarding.clientIPHeader]: '198.51.100.4' })
    expect([first.status, second.status]).toEqual([201, 201])
  })

  it.each(wrongKeys)(
    'risk of a chosen address: with %s, Payload sees the caller’s own address',
    async (_n, key) => {
      const res = await kindred.request
        .get('/api/probe-forwarding')
        .set({ ...key, [siteForwarding.clientIPHeader]: '198.51.100.9' })
      expect(res.status).toBe(200)
      expect(res.body.address).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/)
    },
  )

  it('leak of the key: neither forwarding header reaches Payload, with the right key or a wrong one', async () => {
    for (const given of [siteForwarding.key(), 'not-the-key']) {
      const res = await kindred.request
        .get('/api/probe-forwarding')
        .set({ [siteForwarding.clientIPHeader]: '198.51.100.10', [siteForwarding.keyHeader]: given })
      expect(res.status).toBe(200)
      expect(res.body.names).not.toContain(siteForwarding.keyHeader)
      expect(res.body.names).not.toContain(siteForwarding.clientIPHeader)
    }
    const believed = await kindred.request.get('/api/probe-forwarding').set({
      [siteForwarding.clientIPHeader]: '198.51.100.10',
      [siteForwarding.keyHeader]: siteForwarding.key(),
    })
    expect(believed.body.address).toBe('198.51.100.10')
  })
})
