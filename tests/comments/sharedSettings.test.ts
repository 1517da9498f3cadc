import { beforeAll, describe, expect, it } from '@jest/globals'

import { newGuest } from '../helpers/comments.js'
import { firstAdminToken, publishArticle, type ServerProcess } from '../helpers/spawnServer.js'
import { useServerProcesses } from '../helpers/useServerProcesses.js'

// Two real Kindred processes on one database sharing news over a real redis-server. Each keeps the moderation
// settings between comments (a minute when changes are shared), so only the news can make `b` obey a change made
// on `a` on its very next comment.
const processes = useServerProcesses('shared-settings', [{}, {}], { redis: true })
let a: ServerProcess
let b: ServerProcess
let token: string
let slug: string

const post = async (server: ServerProcess, body: string) => {
  const guest = newGuest()
  const response = await fetch(`${server.url}/api/articles/${slug}/comments`, {
    body: JSON.stringify({ author: { email: guest.email, name: guest.name }, body }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': guest.address },
    method: 'POST',
  })
  return { body: (await response.json()) as { status?: string }, status: response.status }
}
const setBlockedWords = async (server: ServerProcess, blockedWords: string) => {
  const response = await fetch(`${server.url}/api/globals/moderation-settings`, {
    body: JSON.stringify({ blockedWords }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  ;[a, b] = processes.servers as [ServerProcess, ServerProcess]
  token = await firstAdminToken(a)
  slug = await publishArticle(a, token, 'Settings shared across processes')
}, 60_000)

describe('moderation settings kept per process, with REDIS_URL', () => {
  it('obeys a word list saved on one process on the very next comment another process takes, both ways', async () => {
    const text = 'We keep a zebrafish tank together; it calms our evenings.'
    expect(await post(b, text)).toMatchObject({ body: { status: 'pending' }, status: 201 })
    // Long enough for `b` to have connected and to keep its copy (reads just after news are not kept).
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(await post(b, `${text} Again.`)).toMatchObject({ body: { status: 'pending' }, status: 201 })

    await setBlockedWords(a, 'zebrafish')
    expect(await post(b, `${text} Once more.`)).toMatchObject({ body: { status: 'rejected' }, status: 201 })

    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(await post(b, `${text} Still.`)).toMatchObject({ body: { status: 'rejected' }, status: 201 })
    await setBlockedWords(a, '')
    expect(await post(b, `${text} At last.`)).toMatchObject({ body: { status: 'pending' }, status: 201 })
  })
})
