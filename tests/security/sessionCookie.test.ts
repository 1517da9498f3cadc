import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createReader, createStaff } from '../helpers/accounts.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  // Modules load once per test file: the account settings load as `npm start` loads them,
  // in production; the database adapter, which reads NODE_ENV when Payload starts, still
  // pushes this test database's schema (a production start would want migrations).
  const nodeEnv = process.env.NODE_ENV
  Object.assign(process.env, { NODE_ENV: 'production' })
  await import('../../src/accounts/accountAuth.js')
  Object.assign(process.env, { NODE_ENV: nodeEnv })
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred.close()
})

describe('session cookies in production', () => {
  it.each(['users', 'readers'] as const)(
    'are Secure and HttpOnly, so a session never travels over plain HTTP nor reaches scripts (%s)',
    async (collection) => {
      const { email, password } =
        collection === 'users'
          ? await createStaff(kindred.payload, 'editor')
          : await createReader(kindred.payload)
      const res = await kindred.request.post(`/api/${collection}/login`).send({ email, password })
      expect(res.status).toBe(200)
      const cookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('payload-token='))
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    },
  )
})
