import { beforeAll, describe, expect, it } from '@jest/globals'

import { firstAdminToken, publishArticle, type ServerProcess } from './helpers/spawnServer.js'
import { useServerProcesses } from './helpers/useServerProcesses.js'

// An API-only node (ADMIN=false) as a scaled-out deployment runs them behind a load balancer. That a site node
// does serve these pages is driven in tests/browser/siteArticles.test.ts, which has the production build it needs.
const processes = useServerProcesses('site-serving', [{ env: { ADMIN: 'false' } }])
let server: ServerProcess
// The slug Payload makes of the title; the test checks it did.
const slug = 'served-by-the-api-only'

beforeAll(async () => {
  server = processes.servers[0]!
  expect(await publishArticle(server, await firstAdminToken(server), 'Served by the API only')).toBe(slug)
}, 60_000)

describe('an API-only node (ADMIN=false)', () => {
  it('serves the published article through the API', async () => {
    const res = await fetch(`${server.url}/api/articles?where[slug][equals]=${slug}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)).toEqual([
      'Served by the API only',
    ])
  })

  it.each(['/', `/articles/${slug}`, '/sign-in'])(
    'answers the reader site page %s with the API’s JSON 404, not a page',
    async (route) => {
      const res = await fetch(`${server.url}${route}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toContain('application/json')
      expect(await res.json()).toEqual({ errors: [{ message: 'Not found. The API is under /api.' }] })
    },
  )
})
