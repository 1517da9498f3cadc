import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import supertest from 'supertest'

import { sendWebResponse } from '../src/http/sendWebResponse.js'
import { createReader } from './helpers/accounts.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred.close()
})

const tokenCookie = (setCookie: string[] | string | undefined): string => {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  const token = cookies.find((cookie) => cookie.startsWith('payload-token='))
  if (!token) throw new Error(`no payload-token cookie in ${JSON.stringify(cookies)}`)
  return token.split(';')[0]
}

describe('staff accounts', () => {
  it('the first account registered becomes admin, whatever role it asked for', async () => {
    // What the admin panel's create-first-user form posts, its repeated password included.
    const res = await kindred.request.post('/api/users/first-register').send({
      'confirm-password': 'founder-password',
      email: 'founder@example.test',
      name: 'Founder',
      password: 'founder-password',
      roles: ['editor'],
    })
    expect(res.status).toBe(200)
    expect(res.body.user.roles).toEqual(['admin'])
    const second = await kindred.payload.create({
      collection: 'users',
      data: { email: 'second@example.test', name: 'Second', password: 'second-password', roles: ['editor'] },
    })
    expect(second.roles).toEqual(['editor'])
  })

  it('refuses an account whose repeated password differs, naming confirm-password, so no unconfirmed password is set', async () => {
    const login = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'founder-password' })
    const account = { email: 'typo@example.test', name: 'Typo', password: 'typo-password', roles: ['editor'] }
    const mismatch = await kindred.request
      .post('/api/users')
      .set('Authorization', `JWT ${login.body.token}`)
      .send({ ...account, 'confirm-password': 'typo-passwrod' })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.errors[0].data.errors).toEqual([
      { message: 'Does not match the password.', path: 'confirm-password' },
    ])
    const match = await kindred.request
      .post('/api/users')
      .set('Authorization', `JWT ${login.body.token}`)
      .send({ ...account, 'confirm-password': 'typo-password' })
    expect(match.status).toBe(201)
  })

  it('logs in with a cookie session that authenticates later requests', async () => {
    const login = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'founder-password' })
    expect(login.status).toBe(200)
    const cookie = tokenCookie(login.headers['set-cookie'])
    expect(login.headers['set-cookie']?.[0]).toMatch(/HttpOnly/i)
    const me = await kindred.request.get('/api/users/me').set('Cookie', cookie)
    expect(me.body.user.email).toBe('founder@example.test')
  })

  it('logs in with a JWT for an Authorization header', async () => {
    const login = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'founder-password' })
    const me = await kindred.request.get('/api/users/me').set('Authorization', `JWT ${login.body.token}`)
    expect(me.body.user.email).toBe('founder@example.test')
  })

  it('refuses a wrong password with 401 and no token', async () => {
    const res = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'nope' })
    expect(res.status).toBe(401)
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('logs out by expiring the cookie', async () => {
    const login = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'founder-password' })
    const cookie = tokenCookie(login.headers['set-cookie'])
    // As a browser sends it from the admin panel: with the page's Origin (a cookie write without one is refused).
    const out = await kindred.request
      .post('/api/users/logout')
      .set('Host', 'kindred.test')
      .set('Origin', 'http://kindred.test')
      .set('Cookie', cookie)
    expect(out.status).toBe(200)
    expect(String(out.headers['set-cookie'])).toMatch(/payload-token=;|Expires=Thu, 01 Jan 1970/)
  })
})

describe('reader accounts', () => {
  const email = 'karen@example.test'

  it('registers a reader, who must verify their email before logging in', async () => {
    const res = await kindred.request
      .post('/api/readers')
      .send({ displayName: 'Karen R.', email, password: 'karen-password' })
    expect(res.status).toBe(201)
    // The same answer for a new and a taken address (tests/security/accounts.test.ts).
    expect(res.body).toEqual({ message: 'Check your email to confirm your account.' })
    const early = await kindred.request.post('/api/readers/login').send({ email, password: 'karen-password' })
    expect(early.status).toBe(403)
  })

  it('verifies the email with the emailed token, then logs in with a cookie', async () => {
    const { docs } = await kindred.payload.find({
      collection: 'readers',
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    const token = (docs[0] as { _verificationToken?: string })._verificationToken
    expect(token).toBeTruthy()
    expect((await kindred.request.post(`/api/readers/verify/${token}`)).status).toBe(200)
    const login = await kindred.request.post('/api/readers/login').send({ email, password: 'karen-password' })
    expect(login.status).toBe(200)
    const me = await kindred.request
      .get('/api/readers/me')
      .set('Cookie', tokenCookie(login.headers['set-cookie']))
    expect(me.body.user.displayName).toBe('Karen R.')
  })

  it('resets a forgotten password with the emailed token', async () => {
    const forgot = await kindred.request.post('/api/readers/forgot-password').send({ email })
    expect(forgot.status).toBe(200)
    const { docs } = await kindred.payload.find({
      collection: 'readers',
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    const token = (docs[0] as { resetPasswordToken?: string }).resetPasswordToken
    const reset = await kindred.request
      .post('/api/readers/reset-password')
      .send({ password: 'a-new-password', token })
    expect(reset.status).toBe(200)
    expect(
      (await kindred.request.post('/api/readers/login').send({ email, password: 'karen-password' })).status,
    ).toBe(401)
    expect(
      (await kindred.request.post('/api/readers/login').send({ email, password: 'a-new-password' })).status,
    ).toBe(200)
  })

  it('does not reveal whether an email has an account when a reset is asked for', async () => {
    const known = await kindred.request.post('/api/readers/forgot-password').send({ email })
    const unknown = await kindred.request
      .post('/api/readers/forgot-password')
      .send({ email: 'nobody@example.test' })
    expect(unknown.status).toBe(known.status)
  })

  it('registration with a confirm-password that differs is a 400 naming that field, for a new and a taken address alike', async () => {
    for (const address of ['confirming-newcomer@example.test', email]) {
      const res = await kindred.request.post('/api/readers').send({
        'confirm-password': 'not-the-same',
        displayName: 'Confirming',
        email: address,
        password: 'confirming-password',
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([
        { message: 'Does not match the password.', path: 'confirm-password' },
      ])
    }
    const same = await kindred.request.post('/api/readers').send({
      'confirm-password': 'confirming-password',
      displayName: 'Confirming',
      email: 'confirming-newcomer@example.test',
      password: 'confirming-password',
    })
    expect(same.status).toBe(201)
  })

  it('signs a reader out with the token as Authorization: JWT (how the reader site signs out from the server): the session ends', async () => {
    const { email: readerEmail, password } = await createReader(kindred.payload)
    const login = await kindred.request.post('/api/readers/login').send({ email: readerEmail, password })
    const auth = `JWT ${login.body.token}`
    const out = await kindred.request.post('/api/readers/logout').set('Authorization', auth)
    expect(out.status).toBe(200)
    expect(String(out.headers['set-cookie'])).toMatch(/payload-token=;|Expires=Thu, 01 Jan 1970/)
    const me = await kindred.request.get('/api/readers/me').set('Authorization', auth)
    expect(me.body.user).toBeNull()
  })

  it("a reader's session is no staff session: it never opens staff routes", async () => {
    const { email: readerEmail, password } = await createReader(kindred.payload)
    const login = await kindred.request.post('/api/readers/login').send({ email: readerEmail, password })
    const auth = `JWT ${login.body.token}`
    const staffMe = await kindred.request.get('/api/users/me').set('Authorization', auth)
    expect(staffMe.body.user).toBeNull()
    const access = await kindred.request.get('/api/access').set('Authorization', auth)
    // Payload omits the flag when it is false.
    expect(access.body.canAccessAdmin).toBeUndefined()
    const staff = await kindred.request
      .post('/api/users/login')
      .send({ email: 'founder@example.test', password: 'founder-password' })
    const staffAccess = await kindred.request
      .get('/api/access')
      .set('Authorization', `JWT ${staff.body.token}`)
    expect(staffAccess.body.canAccessAdmin).toBe(true)
  })
})

describe('the Web-to-Express adapter', () => {
  it('keeps every Set-Cookie header separate', async () => {
    const app = express()
    app.get('/', async (_req, res) => {
      const headers = new Headers()
      headers.append('Set-Cookie', 'a=1; Path=/; HttpOnly')
      headers.append('Set-Cookie', 'b=2; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT')
      await sendWebResponse(res, new Response('ok', { headers }))
    })
    const res = await supertest(app).get('/')
    expect(res.headers['set-cookie']).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
    ])
  })
})
