import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { cookieSession, createStaff } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment, storedComment } from '../helpers/comments.js'

/**
 * Risk: cross-site request forgery, with SERVER_URL and CORS_ORIGINS set as in
 * production: a cookie write is accepted from those origins only.
 */
const serverURL = 'https://kindred.example'
const partner = 'https://reader.example'

let kindred: Kindred
let articleID: string
let cookie: string

beforeAll(async () => {
  kindred = await bootKindred({
    CORS_ORIGINS: `${partner}, https://other.example`,
    SERVER_URL: serverURL,
    TRUST_PROXY: '',
  })
  articleID = String((await createArticle(kindred.payload, { title: 'Allowed' })).id)
  const staff = await createStaff(kindred.payload, 'moderator')
  cookie = (await cookieSession(kindred.request, 'users', staff.email)).cookie
})
afterAll(async () => {
  await kindred.close()
})

const pendingComment = () => createComment(kindred.payload, articleID, 'pending')

const approveFrom = (origin: string, id: string) =>
  kindred.request
    .post('/api/comments/moderate')
    .set('Cookie', cookie)
    .set('Origin', origin)
    .send({ action: 'approve', ids: [id] })

describe('a moderator’s cookie session with SERVER_URL and CORS_ORIGINS set', () => {
  it.each([serverURL, partner])('accepts POST /api/comments/moderate from %s', async (origin) => {
    const id = await pendingComment()
    expect((await approveFrom(origin, id)).status).toBe(200)
    expect((await storedComment(kindred.payload, id)).status).toBe('approved')
  })

  it.each(['https://evil.example', 'http://kindred.example', 'https://kindred.example.evil.example'])(
    'refuses it from %s, and approves nothing',
    async (origin) => {
      const id = await pendingComment()
      const res = await approveFrom(origin, id)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/^Cross-site request refused/)
      expect((await storedComment(kindred.payload, id)).status).toBe('pending')
    },
  )
})
