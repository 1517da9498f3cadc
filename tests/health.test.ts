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
    expect(res.body).toEqual({ database: kindred.payload.db.name, status: 'ready' })
  })

  it('GET /readyz answers 503 once the database stops answering, while /healthz stays 200', async () => {
    // Last in this file: it closes the database connection under the running app.
    const db = kindred.payload.db as unknown as {
      client?: { close: () => void }
      pool?: { end: () => Promise<void> }
    }
    if (db.pool) await db.pool.end()
    else db.client!.close()
    const res = await kindred.request.get('/readyz')
    expect(res.status).toBe(503)
    expect(res.body).toEqual({ database: kindred.payload.db.name, status: 'unavailable' })
    expect((await kindred.request.get('/healthz')).status).toBe(200)
  })
})
