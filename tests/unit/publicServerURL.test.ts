import { afterEach, describe, expect, it } from '@jest/globals'

import { publicServerURL } from '../../src/publicServerURL.js'

const saved = { PORT: process.env.PORT, SERVER_URL: process.env.SERVER_URL }
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
})

describe('publicServerURL (the origin of links in emails)', () => {
  it('is SERVER_URL, without a trailing slash that would double the links’ slashes', () => {
    process.env.SERVER_URL = 'https://kindred.example/'
    expect(publicServerURL()).toBe('https://kindred.example')
  })

  it('is this server’s own port on localhost when SERVER_URL is unset (development), as the start-up banner says', () => {
    delete process.env.SERVER_URL
    process.env.PORT = '3103'
    expect(publicServerURL()).toBe('http://localhost:3103')
    delete process.env.PORT
    expect(publicServerURL()).toBe('http://localhost:3000')
  })
})
