import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { Writable } from 'node:stream'

import { loggerConfig } from '../../src/loggerConfig.js'
import { type ServerProcess, spawnServer, waitUntilUp } from '../helpers/spawnServer.js'

/**
 * Risks: an attacker fills the log by repeating bad requests (every 4xx logged
 * at error with a stack), real failures drown or go unnoticed, and the log
 * leaks people's addresses or tokens to whoever reads it.
 */

type Line = Record<string, unknown> & { level: number; msg?: string }

describe('what the running server logs', () => {
  let server: ServerProcess
  let dir: string
  const readerEmail = 'log-reader@example.test'

  const lines = (): Line[] =>
    server
      .output()
      .stdout.split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Line)

  const post = (url: string, body: unknown) =>
    fetch(`${server.url}${url}`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-logs-'))
    // Development on the embedded database: the demo staff exist, emails go to the outbox (and the log).
    server = await spawnServer({
      DATA_DIR: dir,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    })
    await waitUntilUp(server, 60_000)
    expect(
      (await post('/api/users/login', { email: 'editor@kindred.local', password: 'wrong' })).status,
    ).toBe(401)
    expect((await post('/api/readers/login', { email: readerEmail, password: 'wrong' })).status).toBe(401)
    expect(
      (
        await fetch(`${server.url}/api/users/me`, {
          body: '{bad',
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        })
      ).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await fetch(`${server.url}/_next/static/chunks/main.js`)).status).toBe(404)
    // A reader signs up (verification email) and a staff member asks for a reset (reset email).
    expect(
      (
        await post('/api/readers', {
          displayName: 'Log Reader',
          email: readerEmail,
          password: 'log-reader-pass',
        })
      ).status,
    ).toBe(201)
    expect((await post('/api/users/forgot-password', { email: 'editor@kindred.local' })).status).toBe(200)
    expect(
      (await post('/api/readers/verify/a-guessed-verification-token', {})).status,
    ).toBeGreaterThanOrEqual(400)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }, 90_000)

  afterAll(async () => {
    server.child.kill('SIGTERM')
    await server.exited
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('logs a client error (4xx) as one line below error, without a stack', () => {
    const failedLogin = lines().filter((line) => /password provided is incorrect/.test(String(line.msg)))
    expect(failedLogin.length).toBeGreaterThanOrEqual(2)
    for (const line of failedLogin) {
      expect(line.level).toBeLessThan(50)
      expect(line).not.toHaveProperty('err')
      expect(JSON.stringify(line)).not.toMatch(/\\n\s+at /)
    }
    expect(lines().filter((line) => line.level >= 50)).toEqual([])
  })

  it("does not log the admin panel's asset requests at info", () => {
    expect(lines().filter((line) => String(line.path).startsWith('/_next'))).toEqual([])
  })

  it('never writes an email address, of a reader or of staff, to the log', () => {
    const emails = lines().filter((line) => String(line.msg).startsWith('Email: '))
    expect(emails.length).toBeGreaterThanOrEqual(2)
    for (const line of emails) expect(line.recipient).toMatch(/^sha256:[0-9a-f]{12}$/)
    const log = lines()
      .map((line) => JSON.stringify(line))
      .join('\n')
    expect(log).not.toContain(readerEmail)
    expect(log).not.toContain('editor@kindred.local')
    expect(log).not.toMatch(/[\w.-]+@[\w-]+\.[\w.]+/)
  })

  it('never writes a token from a path to the log', () => {
    const log = server.output().stdout
    expect(log).not.toContain('a-guessed-verification-token')
    expect(lines().some((line) => line.path === '/api/readers/verify/[redacted]')).toBe(true)
  })

  it('every request line carries the request id', () => {
    const requests = lines().filter((line) => typeof line.status === 'number')
    expect(requests.length).toBeGreaterThan(3)
    for (const line of requests) expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('the logger configuration', () => {
  const capture = () => {
    const lines: Line[] = []
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(JSON.parse(String(chunk)) as Line)
        callback()
      },
    })
    const config = loggerConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'info', NODE_ENV: 'test' })
    if (typeof config !== 'object' || !('options' in config)) throw new Error('expected logger options')
    return { lines, logger: pino(config.options, destination) }
  }

  it('keeps a server error (5xx or no status) at error, with its stack', () => {
    const { lines, logger } = capture()
    logger.error({ err: Object.assign(new Error('database went away'), { status: 500 }) })
    logger.error(new Error('no status at all'))
    expect(lines.map((line) => line.level)).toEqual([50, 50])
    expect(JSON.stringify(lines)).toMatch(/database went away.*\\n\s+at /)
  })

  it('turns a client error into one info line with its status', () => {
    const { lines, logger } = capture()
    logger.error({
      err: Object.assign(new Error('The following paths cannot be queried: x'), { status: 400 }),
    })
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'The following paths cannot be queried: x', status: 400 }),
    ])
    expect(lines[0]).not.toHaveProperty('err')
  })

  it('redacts emails, tokens, passwords and addresses wherever a caller put them', () => {
    const { lines, logger } = capture()
    logger.info({ email: 'a@b.test', ip: '203.0.113.9', nested: { password: 'p', token: 't' }, msg: 'x' })
    expect(JSON.stringify(lines)).not.toMatch(/a@b\.test|203\.0\.113\.9|"p"|"t"/)
  })
})
