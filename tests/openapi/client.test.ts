import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'

import { createKindredClient } from '../../src/client/createKindredClient.js'
import { clientTypes } from '../../src/openapi/clientTypes.js'
import { clientTypesFile } from '../../src/openapi/writeClientTypes.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let server: Server
let client: ReturnType<typeof createKindredClient>

beforeAll(async () => {
  kindred = await bootKindred()
  server = kindred.app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  client = createKindredClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await kindred.close()
})

describe('the typed client', () => {
  it('has types generated from the document the server describes (run `npm run generate:client` when this fails)', async () => {
    const document = (await kindred.request.get('/api/openapi.json')).body
    expect(fs.readFileSync(clientTypesFile, 'utf8')).toBe(await clientTypes(document))
  })

  it('reads articles, posts a comment as a guest and gets the field errors of a bad one, typed', async () => {
    const article = await createArticle(kindred.payload, { title: 'Typed reading' })
    const list = await client.GET('/api/articles', { params: { query: { limit: 5 } } })
    expect(list.data?.docs.map((doc) => doc.title)).toContain('Typed reading')

    const idOrSlug = String(article.slug)
    const posted = await client.POST('/api/articles/{idOrSlug}/comments', {
      body: { author: { email: 'typed@example.test', name: 'Typed' }, body: 'Typed and posted.' },
      params: { path: { idOrSlug } },
    })
    expect(posted.response.status).toBe(201)
    expect(posted.data?.status).toBe('pending')

    const refused = await client.POST('/api/articles/{idOrSlug}/comments', {
      // A field the schema does not have: the server names it.
      body: { body: 'x', extra: true } as never,
      params: { path: { idOrSlug } },
    })
    expect(refused.response.status).toBe(400)
    expect(refused.error?.errors[0].data).toEqual({
      errors: expect.arrayContaining([{ message: 'This field does not exist.', path: 'extra' }]),
    })
  })
})
