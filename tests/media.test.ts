import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { staffSession } from './helpers/accounts.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let editor: string
let photo: Buffer

beforeAll(async () => {
  kindred = await bootKindred()
  editor = (await staffSession(kindred.payload, kindred.request, 'editor')).auth
  photo = await sharp({ create: { background: '#c0806a', channels: 3, height: 800, width: 1200 } })
    .png()
    .toBuffer()
})
afterAll(async () => {
  await kindred.close()
})

describe('media uploads', () => {
  it('stores an uploaded image with its alt text and resized copies', async () => {
    const res = await kindred.request
      .post('/api/media')
      .set('Authorization', editor)
      .field('_payload', JSON.stringify({ alt: 'A couple talking on a porch' }))
      .attach('file', photo, 'porch.png')
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({
      alt: 'A couple talking on a porch',
      height: 800,
      mimeType: 'image/png',
      width: 1200,
    })
    expect(doc.sizes.thumbnail).toMatchObject({ height: 300, width: 400 })
    expect(doc.sizes.card.width).toBe(768)
    expect(fs.existsSync(path.join(kindred.dir, 'media', doc.filename))).toBe(true)

    const file = await kindred.request.get(`/api/media/file/${doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
  })

  it('refuses an image without alt text, naming the field', async () => {
    const res = await kindred.request
      .post('/api/media')
      .set('Authorization', editor)
      .field('_payload', JSON.stringify({}))
      .attach('file', photo, 'no-alt.png')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain('alt')
  })

  it('refuses a file that is not an image', async () => {
    const res = await kindred.request
      .post('/api/media')
      .set('Authorization', editor)
      .field('_payload', JSON.stringify({ alt: 'Not an image' }))
      .attach('file', Buffer.from('#!/bin/sh\necho hello\n'), 'script.sh')
    expect(res.status).toBe(400)
  })
})
