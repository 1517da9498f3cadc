import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'
import supertest from 'supertest'

import { closePayload } from '../../src/closePayload.js'
import { createApp } from '../../src/http/createApp.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { newGuest, postAsGuest } from '../helpers/comments.js'

let first: Kindred
let second: Payload
let secondRequest: ReturnType<typeof supertest>
let slug: string

beforeAll(async () => {
  first = await bootKindred()
  // A second Payload on the same database file: two Kindred processes behind a load balancer.
  second = await getPayload({ config: first.config, key: 'second-process' })
  secondRequest = supertest(
    createApp({ config: first.config, payload: second, payloadInstanceCacheKey: 'second-process' }),
  )
  slug = (await createArticle(first.payload, { title: 'Two Processes' })).slug as string
})
afterAll(async () => {
  await closePayload(second)
  await first.close()
})

describe('flood control across processes', () => {
  it('answers 429 on the second instance to a guest who just posted through the first', async () => {
    expect(second).not.toBe(first.payload)
    const guest = newGuest()
    const one = await postAsGuest(first.request, slug, { body: 'Posted through the first process.' }, guest)
    expect(one.status).toBe(201)
    const two = await postAsGuest(secondRequest, slug, { body: 'Posted through the second process.' }, guest)
    expect(two.status).toBe(429)
    expect(Number(two.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('lets exactly one of 8 simultaneous posts by one guest through, split across both processes, the rest 429 with Retry-After and never a 400', async () => {
    const guest = newGuest()
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        postAsGuest(
          i % 2 ? secondRequest : first.request,
          slug,
          { body: `Racing comment number ${i}.` },
          guest,
        ),
      ),
    )
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([201, 429, 429, 429, 429, 429, 429, 429])
    for (const refused of answers.filter((answer) => answer.status === 429))
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('sees the first instance’s comment in the second instance’s thread and count', async () => {
    const guest = newGuest()
    const posted = await postAsGuest(first.request, slug, { body: 'Visible everywhere.' }, guest)
    await first.payload.create({
      collection: 'users',
      data: { email: 'mod-two@example.test', name: 'Mod', password: 'mod-password', roles: ['moderator'] },
    })
    const login = await secondRequest
      .post('/api/users/login')
      .send({ email: 'mod-two@example.test', password: 'mod-password' })
    const approved = await secondRequest
      .post('/api/comments/moderate')
      .set('Authorization', `JWT ${login.body.token}`)
      .send({ action: 'approve', ids: [posted.body.id] })
    expect(approved.status).toBe(200)
    const thread = await first.request.get(`/api/articles/${slug}/comments`)
    expect(thread.body.comments.map((comment: { body: string }) => comment.body)).toContain(
      'Visible everywhere.',
    )
  })
})
