import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { type ServerProcess, spawnServer, waitUntilUp } from './helpers/spawnServer.js'

const dirs: string[] = []
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-server-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { force: true, recursive: true })))

/** stderr of a failed start: exactly one line, no stack trace. */
const expectOneLine = (server: ServerProcess, pattern: RegExp) => {
  const lines = server.output().stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(server.output().stderr).not.toMatch(/^\s+at /m)
}

describe('starting the server', () => {
  it('runs on the embedded SQLite database with the demo, and says so', async () => {
    const dir = scratch()
    const server = await spawnServer({ DATA_DIR: dir, NODE_ENV: 'development' })
    try {
      await waitUntilUp(server)
      const { stdout } = server.output()
      expect(stdout).toContain(`Kindred is running at http://localhost:${server.port}`)
      expect(stdout).toMatch(/database +embedded SQLite at .*kindred\.db .*DATABASE_URI=postgres/)
      expect(stdout).toContain('editor@kindred.local / kindred-editor')
      const articles = await (await fetch(`${server.url}/api/articles`)).json()
      expect(articles.docs[0].title).toBe('Help! We Want More Emotional Intimacy in Our Marriage')
      // The development secret is made once and kept for the next start.
      expect(fs.readFileSync(path.join(dir, 'dev-secret'), 'utf8')).toMatch(/^[0-9a-f]{64}$/)
    } finally {
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    }
  })

  it('refuses a malformed DATABASE_URI with one line naming it', async () => {
    const server = await spawnServer({ DATABASE_URI: 'mysql://db/kindred', DATA_DIR: scratch() })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /DATABASE_URI is malformed/)
  })

  it('stops with one line naming DATABASE_URI when the database cannot be reached', async () => {
    const server = await spawnServer({
      DATABASE_URI: 'file:/nonexistent/folder/kindred.db',
      DATA_DIR: scratch(),
    })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /database at DATABASE_URI/)
  })

  it('refuses TRUST_PROXY=true, which would let clients choose their address, with one line saying what to set', async () => {
    const server = await spawnServer({ DATA_DIR: scratch(), TRUST_PROXY: 'true' })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /TRUST_PROXY=true .*TRUST_PROXY=1 behind one load balancer/)
  })

  it('refuses a REDIS_URL that is not a redis:// address with one line naming it, before touching the database', async () => {
    const dir = scratch()
    const server = await spawnServer({ DATA_DIR: dir, REDIS_URL: 'localhost:6379' })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /REDIS_URL must be redis:\/\/host:port .*not "localhost:6379"/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses an HTTP_CACHE_SECONDS that is not whole seconds with one line naming it, before touching the database', async () => {
    const dir = scratch()
    const server = await spawnServer({ DATA_DIR: dir, HTTP_CACHE_SECONDS: '5m' })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /HTTP_CACHE_SECONDS must be a whole number of seconds from 0 to 31536000, not "5m"/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  // Risk: API_CACHE_SECONDS=5s started a server whose read cache never served (a NaN lifetime), and 1e9 one whose
  // other processes' writes (an erased or rejected comment) never showed; API_CACHE_MAX_MB=lots printed a stack
  // trace after the database had been opened and migrated.
  it.each([
    [
      'API_CACHE_SECONDS',
      '5s',
      /API_CACHE_SECONDS must be a whole number of seconds from 0 to 86400, not "5s"/,
    ],
    [
      'API_CACHE_SECONDS',
      '1e9',
      /API_CACHE_SECONDS must be a whole number of seconds from 0 to 86400, not "1e9"/,
    ],
    ['API_CACHE_MAX_MB', 'lots', /API_CACHE_MAX_MB must be a number of megabytes .*not "lots"/],
  ])('refuses %s=%s with one line naming it, before touching the database', async (name, value, pattern) => {
    const dir = scratch()
    const server = await spawnServer({ DATA_DIR: dir, [name]: value })
    expect(await server.exited).toBe(1)
    expectOneLine(server, pattern)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses a malformed SMTP_URL with one line naming it, without printing its password, before touching the database', async () => {
    const dir = scratch()
    const server = await spawnServer({ DATA_DIR: dir, SMTP_URL: 'mail.example.test://kindred:hunter22@:587' })
    expect(await server.exited).toBe(1)
    expectOneLine(
      server,
      /SMTP_URL must be smtp:\/\/user:password@host:587 .*not "mail\.example\.test:\/\/kindred:\*\*\*@:587"/,
    )
    expect(server.output().stderr).not.toContain('hunter22')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('warns once at a production start without SMTP_URL that emails only go to the log', async () => {
    const dir = scratch()
    const server = await spawnServer({
      DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
      DATA_DIR: dir,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'smtp-warning-test-secret',
    })
    try {
      await waitUntilUp(server, 60_000)
      const { stderr, stdout } = server.output()
      expect(`${stdout}${stderr}`.match(/No SMTP_URL: emails .* go to the log only/g)).toHaveLength(1)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  it('refuses to start in production without PAYLOAD_SECRET', async () => {
    const dir = scratch()
    const server = await spawnServer({
      DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
      DATA_DIR: dir,
      NODE_ENV: 'production',
    })
    expect(await server.exited).toBe(1)
    expectOneLine(server, /PAYLOAD_SECRET is not set/)
  })
})

describe('stopping the server', () => {
  it('finishes a request in flight on SIGTERM, then exits cleanly', async () => {
    const dir = scratch()
    const server = await spawnServer({ DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`, DATA_DIR: dir })
    await waitUntilUp(server)
    const body = JSON.stringify({
      displayName: 'Late Reader',
      email: 'late@example.test',
      password: 'late-password',
    })
    const response = new Promise<{ body: string; status: number }>((resolve, reject) => {
      const req = http.request(
        `${server.url}/api/readers`,
        {
          headers: { 'content-length': Buffer.byteLength(body), 'content-type': 'application/json' },
          method: 'POST',
        },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve({ body: text, status: res.statusCode ?? 0 }))
        },
      )
      req.on('error', reject)
      // Half the body now, SIGTERM, then the rest: the request is in flight when the signal lands.
      req.write(body.slice(0, 20))
      setTimeout(() => {
        server.child.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(20)), 300)
      }, 200)
    })
    const { status } = await response
    expect(status).toBe(201)
    expect(await server.exited).toBe(0)
    // The acknowledged write survived the shutdown.
    const again = await spawnServer({ DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`, DATA_DIR: dir })
    try {
      await waitUntilUp(again)
      const login = await fetch(`${again.url}/api/readers/login`, {
        body: JSON.stringify({ email: 'late@example.test', password: 'late-password' }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      // Registered but not verified yet: the account exists (403 unverified, not 401 unknown).
      expect(login.status).toBe(403)
    } finally {
      again.child.kill('SIGTERM')
      await again.exited
    }
  })
})
