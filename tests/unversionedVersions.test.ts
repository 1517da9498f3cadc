import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { staffSession } from './helpers/accounts.js'
import { createArticle } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let admin: string

beforeAll(async () => {
  kindred = await bootKindred()
  admin = (await staffSession(kindred.payload, kindred.request, 'admin')).auth
})
afterAll(async () => {
  await kindred.close()
})

describe('version routes of a collection without versions', () => {
  it.each([
    ['GET', '/api/categories/versions'],
    ['GET', '/api/media/versions/0b6a3c1e-3d5f-4c1a-9a57-1f2e3d4c5b6a'],
    ['POST', '/api/comments/versions/0b6a3c1e-3d5f-4c1a-9a57-1f2e3d4c5b6a'],
  ])('%s %s answers 404 to an admin, not a 500 from the missing versions table', async (method, route) => {
    const call = method === 'GET' ? kindred.request.get(route) : kindred.request.post(route).send({})
    const res = await call.set('Authorization', admin)
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toMatch(/keeps no versions/)
  })

  it('leaves the versions of a versioned collection alone', async () => {
    const article = await createArticle(kindred.payload)
    const res = await kindred.request
      .get(`/api/articles/versions?where[parent][equals]=${article.id}`)
      .set('Authorization', admin)
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
  })
})
