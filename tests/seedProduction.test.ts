import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seed } from '../src/seed/seed.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred.close()
})

/** `npm run seed` as its own process, with the given environment. */
const runSeed = (env: Record<string, string>) =>
  new Promise<{ code: null | number; stderr: string }>((resolve) => {
    const { DATABASE_URI: _uri, ...inherited } = process.env
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'src/seed/run.ts'],
      {
        env: { ...inherited, NODE_OPTIONS: '', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stderr }))
  })

describe('npm run seed in production', () => {
  it('refuses NODE_ENV=production in one line, before it opens the database, so no demo password goes live', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-seed-prod-'))
    const database = path.join(dir, 'kindred.db')
    try {
      const run = await runSeed({ DATABASE_URI: `file:${database}`, NODE_ENV: 'production' })
      expect(run.code).toBe(1)
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('refuses NODE_ENV=production')])
      expect(run.stderr).toContain('--content-only')
      expect(fs.existsSync(database)).toBe(false)
    } finally {
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  it('seeds the demo content without any account when asked for content only', async () => {
    await seed(kindred.payload, { demoAccounts: false })
    const count = async (collection: 'articles' | 'assessments' | 'comments' | 'readers' | 'users') =>
      (await kindred.payload.count({ collection })).totalDocs
    expect(await count('users')).toBe(0)
    expect(await count('readers')).toBe(0)
    // The two readers' comments, and no staff reply, as there is no staff.
    expect(await count('comments')).toBe(2)
    const { docs } = (
      await kindred.request.get(
        '/api/articles?where[slug][equals]=help-we-want-more-emotional-intimacy-in-our-marriage',
      )
    ).body
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      _status: 'published',
      callToActionAssessment: { slug: 'better-love-check-in' },
    })
  })
})
