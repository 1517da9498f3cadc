import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'

import { demoStaff } from '../../src/seed/demoLogins.js'
import { launchChromium, signIn, staffToken, waitForSavedToast, withScreenshot } from '../helpers/browser.js'
import { type ServerProcess, spawnServer, waitUntilUp } from '../helpers/spawnServer.js'

const editor = demoStaff.find((person) => person.role === 'editor')!
const moderator = demoStaff.find((person) => person.role === 'moderator')!
const counselor = demoStaff.find((person) => person.role === 'counselor')!
const demoArticle = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-browser-'))
let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  // The first command of the README: development server, admin panel on, embedded database with the demo.
  server = await spawnServer({ ADMIN: 'true', DATA_DIR: dir, NODE_ENV: 'development' })
  await waitUntilUp(server, 120_000)
  browser = await launchChromium()
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
    await withScreenshot(page, 'admin-article', async () => {
      await signIn(page, editor)
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
      await waitForSavedToast(page)
    })

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

  it('lets a moderator find a held comment in the pending queue, see why it was held, and approve it in bulk', async () => {
    const before = await (await fetch(`${server.url}/api/articles/${demoArticle}/comments`)).json()
    // A guest's first comment with a link: held for two reasons the queue must show.
    const body = `We found a counselor through https://example.org and it helped (${Date.now()}).`
    const posted = await fetch(`${server.url}/api/articles/${demoArticle}/comments`, {
      body: JSON.stringify({ author: { email: 'dana@example.com', name: 'Dana' }, body }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(posted.status).toBe(201)
    const { id, status } = await posted.json()
    expect(status).toBe('pending')

    const page = await browser.newPage({ baseURL: server.url })
    await withScreenshot(page, 'moderation-queue', async () => {
      await signIn(page, moderator)
      await page.goto('/admin/collections/comments', { timeout: 180_000 })
      const pendingQueue = page.locator('[data-queue="pending"]')
      await expect(pendingQueue.textContent({ timeout: 180_000 })).resolves.toBe('Pending (1)')
      await pendingQueue.click()
      const row = page.locator(`tbody tr[data-id="${id}"]`)
      await expect(row.locator('.cell-moderation__summary').textContent({ timeout: 60_000 })).resolves.toBe(
        'too-many-links: 1 link; new-commenter: 0 of 2 approved',
      )
      await expect(row.locator('.cell-status').textContent()).resolves.toBe('Pending')

      // Select the rows, Edit, pick the Status field, set it, save: Payload's bulk edit, through our access and hooks.
      await row.locator('input[type="checkbox"]').check()
      await page.getByRole('button', { exact: true, name: 'Edit' }).click()
      await page.locator('.rs__control:visible').first().click()
      await page.keyboard.type('Status')
      await page.keyboard.press('Enter')
      await page.locator('#field-status .rs__control').click()
      await page.keyboard.type('Approved')
      await page.keyboard.press('Enter')
      await page.getByRole('button', { exact: true, name: 'Save' }).last().click()
      await page.getByText('Updated 1 Comment successfully.').waitFor({ timeout: 60_000 })
    })

    // The public thread now shows it, and the article's count went up by exactly one.
    const after = await (await fetch(`${server.url}/api/articles/${demoArticle}/comments`)).json()
    expect(after.totalComments).toBe(before.totalComments + 1)
    expect(after.comments.map((comment: { id: string }) => comment.id)).toContain(id)
    // And the audit log names the moderator who approved it.
    const { token, user } = await staffToken(server.url, moderator)
    const log = await fetch(`${server.url}/api/moderation-log?where[comment][equals]=${id}&sort=createdAt`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const entries = (await log.json()).docs as { actor: string; fromStatus?: string; toStatus: string }[]
    expect(entries.at(-1)).toMatchObject({
      actor: `staff:${user.id}`,
      fromStatus: 'pending',
      toStatus: 'approved',
    })
  }, 600_000)

  it('shows a counselor the score ranges and band coverage as they edit, and refuses to publish a gap', async () => {
    const { token } = await staffToken(server.url, counselor)
    const seeded = async () => {
      const url = `${server.url}/api/assessments?where[slug][equals]=better-love-check-in&depth=0`
      const res = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
      return (await res.json()).docs[0]
    }
    const assessmentID = (await seeded()).id
    const page = await browser.newPage({ baseURL: server.url })
    const preview = page.locator('.key-preview')
    const dimensions = preview.locator('.key-preview__dimension')
    await withScreenshot(page, 'assessment-preview', async () => {
      await signIn(page, counselor)
      // Straight to the edit view: a click on the list can land before the freshly compiled page hydrates.
      await page.goto(`/admin/collections/assessments/${assessmentID}`, { timeout: 180_000 })
      await dimensions.first().waitFor({ timeout: 180_000 })
      const first = dimensions.first()
      await expect(first.locator('h4').innerText()).resolves.toBe('Emotional safety')
      await expect(first.innerText()).resolves.toContain('Possible scores: 1 – 5')
      await expect(first.locator('.key-preview__coverage').innerText()).resolves.toBe(
        'Every score has one band.',
      )
      const overall = dimensions.last()
      await expect(overall.locator('h4').innerText()).resolves.toBe('Overall')
      await expect(overall.innerText()).resolves.toContain('Possible scores: 0 – 100')
      await expect(overall.locator('.key-preview__coverage').innerText()).resolves.toBe(
        'Every score has one band.',
      )

      // Raise the second band's floor: scores 2.5–3 now fall in no band, which the preview says at once.
      await page.fill('#field-dimensions__0__bands__1__min', '3')
      await first.locator('.key-preview__coverage').getByText('Gap 2.5–3').waitFor({ timeout: 30_000 })
      await page.click('#action-save')
      await page
        .locator('.field-error')
        .getByText('Scores from 2.5 to 3 fall in no band (possible scores 1–5).')
        .first()
        .waitFor({ timeout: 60_000 })
    })

    // Nothing was published: the assessment still has its gapless bands.
    expect((await seeded()).dimensions[0].bands[1].min).toBe(2.5)
  }, 600_000)
})
