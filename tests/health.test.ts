import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred.close()
})

describe('health probes', () => {
  it('GET /healthz answers while the process is up', async () => {
    const res = await kindred.request.get('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  it('GET /readyz answers 200 while the database answers', async () => {
    const res = await kindred.request.get('/readyz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ database: 'sqlite', status: 'ready' })
  })
})
