import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'

import { demoStaff } from '../../src/seed/demoLogins.js'
import { type ServerProcess, spawnServer, waitUntilUp } from '../helpers/spawnServer.js'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const editor = demoStaff.find((person) => person.role === 'editor')!
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-browser-'))
let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  // The first command of the README: development server, admin panel on, embedded database with the demo.
  server = await spawnServer({ ADMIN: 'true', DATA_DIR: dir, NODE_ENV: 'development' })
  await waitUntilUp(server, 120_000)
  browser = await chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    executablePath: chromiumPath,
  })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
  fs.rmSync(dir, { force: true, recursive: true })
})

type LexicalNode = { children?: LexicalNode[]; format?: number; tag?: string; text?: string; type: string }

describe('the admin panel in Chromium', () => {
  it('lets an editor write an article with a heading and a bold word, publish it, and the API serves it', async () => {
    const page = await browser.newPage({ baseURL: server.url })
    const title = `Listening Before Fixing ${Date.now()}`
    try {
      // Next compiles each admin route on first visit in development: allow it time.
      await page.goto('/admin/login', { timeout: 180_000 })
      await page.fill('#field-email', editor.email)
      await page.fill('#field-password', editor.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 180_000 })

      await page.goto('/admin/collections/articles/create', { timeout: 180_000 })
      await page.fill('#field-title', title, { timeout: 180_000 })
      const editorBox = page.locator('[data-lexical-editor="true"]').first()
      await editorBox.click()
      // Lexical's markdown shortcuts: "## " starts a heading, Ctrl+B toggles bold.
      await page.keyboard.type('## Ask, then listen')
      await page.keyboard.press('Enter')
      await page.keyboard.type('Make it ')
      await page.keyboard.press('Control+b')
      await page.keyboard.type('safe')
      await page.keyboard.press('Control+b')
      await page.keyboard.type(' to answer.')

      await page.click('#action-save')
      await page.waitForFunction(
        () => /\/admin\/collections\/articles\/[0-9a-f-]{36}/.test(window.location.pathname),
        undefined,
        { timeout: 60_000 },
      )
      await page
        .locator('.payload-toast-container')
        .getByText(/published|updated|success/i)
        .first()
        .waitFor({
          timeout: 60_000,
        })
    } catch (error) {
      await page.screenshot({ fullPage: true, path: path.join(os.tmpdir(), 'kindred-admin-failure.png') })
      throw error
    }

    // Anonymous reader, through the REST API.
    const res = await fetch(`${server.url}/api/articles?where[title][equals]=${encodeURIComponent(title)}`)
    const { docs } = await res.json()
    expect(docs).toHaveLength(1)
    expect(docs[0]._status).toBe('published')
    const nodes = docs[0].content.root.children as LexicalNode[]
    const heading = nodes.find((node) => node.type === 'heading')
    expect(heading?.tag).toBe('h2')
    expect(heading?.children?.map((node) => node.text).join('')).toBe('Ask, then listen')
    const runs = nodes.find((node) => node.type === 'paragraph')?.children ?? []
    expect(runs.map((run) => [run.text, run.format])).toEqual([
      ['Make it ', 0],
      ['safe', 1],
      [' to answer.', 0],
    ])
  }, 600_000)
})
