import type { RequestHandler } from 'express'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import supertest from 'supertest'

import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let request: ReturnType<typeof supertest>
let reached = 0

/** Stands where Next stands (the real site's forms are driven in tests/browser/site*.test.ts): counts what reaches it. */
const frontend: RequestHandler = (_req, res) => {
  reached += 1
  res.type('html').send('<p>handled</p>')
}

beforeAll(async () => {
  kindred = await bootKindred({ SERVER_URL: 'https://kindred.example' })
  const { createApp } = await import('../../src/http/createApp.js')
  request = supertest(createApp({ config: kindred.config, frontend, payload: kindred.payload }))
})
afterAll(async () => {
  await kindred.close()
})

/** Posts a form to a site page with `origin`; answers the status and whether the page's handler ran. */
const postForm = async (origin: string | undefined) => {
  const before = reached
  const post = request
    .post('/articles/some-article')
    .set('Host', 'site.test')
    .type('form')
    .send({ body: 'Hello' })
  if (origin !== undefined) post.set('Origin', origin)
  const res = await post
  return { reached: reached - before, status: res.status, text: res.text }
}

describe('risk: a form posted to the reader site from another site (CSRF), answered by a crash', () => {
  it('refuses another site’s form with a 403 that says why, before the page’s server action runs', async () => {
    const forged = await postForm('https://evil.example')
    expect(forged).toEqual({ reached: 0, status: 403, text: expect.stringContaining('another site') })
  })

  it('refuses an opaque origin (a sandboxed frame or a data: page sends Origin: null)', async () => {
    expect(await postForm('null')).toMatchObject({ reached: 0, status: 403 })
    expect(await postForm('not a url')).toMatchObject({ reached: 0, status: 403 })
  })

  it('lets the site’s own forms through: its own origin, SERVER_URL, and a client that sends no Origin', async () => {
    expect(await postForm('http://site.test')).toMatchObject({ reached: 1, status: 200 })
    expect(await postForm('https://kindred.example')).toMatchObject({ reached: 1, status: 200 })
    expect(await postForm(undefined)).toMatchObject({ reached: 1, status: 200 })
  })

  it('leaves reads alone, whatever their origin', async () => {
    const before = reached
    const res = await request.get('/articles/some-article').set('Origin', 'https://evil.example')
    expect([res.status, reached - before]).toEqual([200, 1])
  })
})
