import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type ServerProcess, spawnServer, waitUntilUp } from '../helpers/spawnServer.js'

/**
 * Risk: one anonymous request stops an API-only node (Payload 3.90.2 leaves a
 * rejected promise nobody awaits, see docs/security.md). These run the real
 * server as its own process, ADMIN=false: in-process tests cannot show that
 * the process survives.
 */

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { force: true, recursive: true })))

const start = async (env: Record<string, string> = {}, preload: string[] = []): Promise<ServerProcess> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-survives-'))
  dirs.push(dir)
  const server = await spawnServer(
    { DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`, DATA_DIR: dir, LOG_FORMAT: 'json', ...env },
    ['--conditions=development', '--import', 'tsx', ...preload, 'src/server.ts'],
  )
  await waitUntilUp(server)
  return server
}

const stop = async (server: ServerProcess) => {
  if (server.child.exitCode === null) server.child.kill('SIGTERM')
  await server.exited
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const logLines = (server: ServerProcess): Record<string, unknown>[] =>
  server
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the process survives hostile requests', () => {
  it('keeps serving after queries that cross two relationships, in where and in sort', async () => {
    const server = await start({ LOG_LEVEL: 'info' })
    try {
      const hostile = [
        '/api/articles?where[callToAction.questions.prompt][like]=x',
        '/api/articles?sort=callToAction.questions.prompt',
        '/api/articles?where[or][0][callToAction.questions.prompt][equals]=x',
      ]
      for (const url of hostile) {
        const res = await fetch(`${server.url}${url}`)
        expect(res.status).toBe(400)
      }
      // The stray rejection, if any, lands after the answer.
      await pause(1500)
      // The admin panel's form of a long GET carries the query in the body.
      const override = await fetch(`${server.url}/api/articles`, {
        body: 'where[callToAction.questions.prompt][like]=x',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
        },
        method: 'POST',
      })
      expect(override.status).toBe(400)
      // GraphQL's sort is free text: the same path, through the other API.
      const graphql = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({
          query: '{ Articles(sort: "callToAction.questions.prompt") { docs { id } } }',
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      expect((await graphql.json()).errors[0].extensions.statusCode).toBe(400)
      await pause(1500)
      expect(server.output().stdout).not.toMatch(/Unhandled promise rejection/)
      await pause(1500)
      expect(server.child.exitCode).toBeNull()
      expect((await fetch(`${server.url}/api/articles?limit=1`)).status).toBe(200)
    } finally {
      await stop(server)
    }
  })

  it('logs a rejection nobody awaited, with a stack, and keeps serving', async () => {
    const server = await start({ KINDRED_TEST_FAULT: 'rejection' }, [
      '--import',
      './tests/helpers/injectFault.ts',
    ])
    try {
      server.child.kill('SIGUSR2')
      await pause(1000)
      expect(server.child.exitCode).toBeNull()
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      const line = logLines(server).find((entry) => String(entry.msg).includes('injected stray rejection'))
      expect(line).toMatchObject({ level: 50 })
      expect(String(line?.stack)).toMatch(/\n\s+at /)
    } finally {
      await stop(server)
    }
  })

  it('stops with a non-zero code after an uncaught exception, so a supervisor restarts it', async () => {
    const server = await start({ KINDRED_TEST_FAULT: 'exception' }, [
      '--import',
      './tests/helpers/injectFault.ts',
    ])
    server.child.kill('SIGUSR2')
    expect(await server.exited).toBe(1)
    const line = logLines(server).find((entry) => String(entry.msg).startsWith('Uncaught exception'))
    expect(line).toMatchObject({ level: 60 })
  })
})

describe('request ids', () => {
  it('gives every request an id, sent back in X-Request-Id and carried by its log lines', async () => {
    const server = await start({ LOG_LEVEL: 'info' })
    try {
      const res = await fetch(`${server.url}/api/articles?limit=1`)
      const id = res.headers.get('x-request-id')
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      await pause(200)
      const line = logLines(server).find((entry) => entry.path === '/api/articles')
      expect(line?.reqId).toBe(id)
    } finally {
      await stop(server)
    }
  })
})
