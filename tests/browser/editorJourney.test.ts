import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import {
  addStaff,
  adminLoadTimings,
  axeFindingsPerPage,
  signIn,
  staffToken,
  submitFirstUser,
  useProductionServerAndChromium,
  waitForHydration,
  waitForSavedToast,
  withScreenshot,
} from '../helpers/browser.js'
import { publishSmallAssessment } from '../helpers/richArticle.js'
import { staffCalls } from '../helpers/staffCalls.js'

const owner = { email: 'owner@example.org', name: 'Olivia Owner', password: 'a-long-owner-password' }
const editor = { email: 'eddie@example.org', name: 'Eddie Editor', password: 'a-long-editor-password' }
const counselor = { email: 'carmen@example.org', name: 'Carmen Counselor', password: 'a-long-counselor-pass' }
const screenshots = path.resolve('docs/screenshots')
const journey = useProductionServerAndChromium('editor-journey')
const { audit, expectNoAxeFindings } = axeFindingsPerPage()
const { timedGoto, timings } = adminLoadTimings()

afterAll(() => {
  const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
  // For docs/benchmarks.md: the admin's page loads as a person meets them in this journey.
  fs.writeFileSync(
    path.join(os.tmpdir(), 'kindred-admin-timings.json'),
    JSON.stringify({
      edit: { p50: p50(timings.edit), runs: timings.edit },
      list: { p50: p50(timings.list), runs: timings.list },
    }),
  )
})

const api = (route: string, token?: string, init?: RequestInit) =>
  staffCalls(journey.server.url, token).json(route, init)
const post = (route: string, token: string | undefined, body: unknown) =>
  staffCalls(journey.server.url, token).post(route, body)
/** How many documents a list query matches; a refused query fails here rather than compare two undefineds. */
const totalDocs = async (route: string, token: string) => {
  const { body, status } = await api(route, token)
  expect([route, status]).toEqual([route, 200])
  return body.totalDocs as number
}

const draftCount = (token: string) =>
  totalDocs('/api/articles?draft=true&where[_status][equals]=draft&limit=1&depth=0', token)

let articleID = ''
let articleSlug = ''
let commentID = ''

describe('an editor and an admin on a production install that starts empty, in Chromium', () => {
  it('creates the first user, an admin, who adds an editor and a counselor; a published assessment exists', async () => {
    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    await withScreenshot(page, 'journey-first-user', async () => {
      await page.goto('/admin')
      await page.waitForURL((url) => url.pathname === '/admin/create-first-user')
      await waitForHydration(page, '#field-email')
      // Kindred's name, not Payload's, from the very first screen (Next streams the title after the body).
      await page.waitForFunction(() => /Kindred/.test(document.title), undefined, { timeout: 30_000 })
      await audit(page, 'create first user')
      await submitFirstUser(page, owner)
    })
    await page.close()

    const { token } = await staffToken(journey.server.url, owner)
    await addStaff(journey.server.url, token, editor, 'editor')
    await addStaff(journey.server.url, token, counselor, 'counselor')

    const counselorToken = (await staffToken(journey.server.url, counselor)).token
    const assessment = await publishSmallAssessment(journey.server.url, counselorToken, 'Closeness Check-in')
    expect(assessment).toMatchObject({ _status: 'published' })
  }, 300_000)

  it('lets an editor publish an article from nothing: heading, uploaded image, call to action, own byline', async () => {
    const { token, user } = await staffToken(journey.server.url, editor)
    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    const image = path.join(journey.server.dataDir, 'sunrise.png')
    await sharp({ create: { background: '#d98c5f', channels: 3, height: 240, width: 320 } })
      .png()
      .toFile(image)
    const title = 'Listening Before Fixing'

    await withScreenshot(page, 'journey-editor', async () => {
      await signIn(page, editor)
      await timedGoto(page, '/admin/collections/articles', 'list', '.collection-list')
      await audit(page, 'articles list')
      const draftsBefore = await draftCount(token)
      await waitForHydration(page, 'a[href$="/admin/collections/articles/create"]')
      await page.locator('a[href$="/admin/collections/articles/create"]').first().click()
      await page.waitForURL((url) => url.pathname.endsWith('/articles/create'), { timeout: 60_000 })
      await waitForHydration(page, '#field-title')
      // Merely opening Create New stores nothing: no empty draft.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect(await draftCount(token)).toBe(draftsBefore)
      expect(new URL(page.url()).pathname).toBe('/admin/collections/articles/create')

      // The fixed toolbar is there before anything is selected, and the byline proposes the editor.
      await page.locator('.fixed-toolbar').first().waitFor({ state: 'visible', timeout: 30_000 })
      await page.locator('#field-authors', { hasText: editor.name }).waitFor({ timeout: 30_000 })
      await audit(page, 'article create')

      await page.fill('#field-title', title)
      await page.locator('[data-lexical-editor="true"]').first().click()
      await page.keyboard.type('## Ask, then listen')
      await page.keyboard.press('Enter')
      await page.keyboard.type('Make it safe to answer.')

      // The hero image, uploaded from the field itself.
      await page
        .locator('#field-heroImage .upload__createNewToggler, .field-type.upload .upload__createNewToggler')
        .first()
        .click()
      const drawer = page.locator('.drawer', { has: page.locator('#field-alt') }).last()
      await drawer.locator('input[type="file"]').setInputFiles(image)
      await drawer.locator('#field-alt').fill('Morning light over a kitchen table')
      await drawer.locator('#action-save').click()
      await drawer.waitFor({ state: 'detached', timeout: 60_000 })
      await page
        .locator(
          '.field-type.upload .upload-relationship-details, .field-type.upload .file-details, .field-type.upload a[href*="/media/"]',
        )
        .first()
        .waitFor({ timeout: 30_000 })

      // The call to action: the published assessment.
      await page.locator('#field-callToAction .rs__control').click()
      await page.locator('.rs__option', { hasText: 'Closeness Check-in' }).click()

      await page.click('#action-save')
      await page.waitForURL((url) => /\/admin\/collections\/articles\/(?!create)[^/]+$/.test(url.pathname), {
        timeout: 60_000,
      })
      articleID = page.url().split('/').at(-1)!
      await waitForSavedToast(page)
    })

    // What the public API serves: the editor's byline, the heading, the image and the call to action.
    const published = (await api(`/api/articles/${articleID}?depth=1`)).body
    articleSlug = published.slug
    expect(published._status).toBe('published')
    expect(published.populatedAuthors).toEqual([{ id: user.id, name: editor.name }])
    expect(published.content.root.children[0]).toMatchObject({ tag: 'h2', type: 'heading' })
    expect(published.heroImage).toMatchObject({
      alt: 'Morning light over a kitchen table',
      mimeType: 'image/png',
    })
    expect(published.callToActionAssessment).toMatchObject({ title: 'Closeness Check-in' })

    await timedGoto(page, `/admin/collections/articles/${articleID}`, 'edit', '#field-title')
    await waitForHydration(page, '#field-title')
    await page.locator('.fixed-toolbar').first().waitFor({ state: 'visible', timeout: 30_000 })
    await audit(page, 'article edit')
    fs.mkdirSync(screenshots, { recursive: true })
    await page.screenshot({ fullPage: true, path: path.join(screenshots, 'article-editor.png') })
    await page.close()
  }, 600_000)

  it('leaves the article’s updatedAt alone when readers comment, and links the article to its comments', async () => {
    const { token } = await staffToken(journey.server.url, editor)
    const before = (await api(`/api/articles/${articleID}`, token)).body
    const comment = await post(`/api/articles/${articleSlug}/comments`, undefined, {
      author: { email: 'guest@example.org', name: 'A Guest' },
      body: 'This helped us talk on Sunday.',
    })
    expect(comment.status).toBe(201)
    commentID = comment.body.id
    // Posting (clean comments are approved at once) and approving recount: the count moves, "Last modified" not.
    const approved = await post('/api/comments/moderate', token, {
      action: 'approve',
      ids: [comment.body.id],
    })
    expect(approved.status).toBe(200)
    const after = (await api(`/api/articles/${articleID}`, token)).body
    expect(after.commentCount).toBe((before.commentCount ?? 0) + 1)
    expect(after.updatedAt).toBe(before.updatedAt)

    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    await withScreenshot(page, 'journey-comments-link', async () => {
      await signIn(page, editor)
      await page.goto(`/admin/collections/articles/${articleID}`)
      await waitForHydration(page, '#field-title')
      await page.getByRole('link', { name: 'Comments on this article' }).click()
      await page.waitForURL((url) => url.pathname === '/admin/collections/comments', { timeout: 60_000 })
      expect(decodeURIComponent(page.url())).toContain(`[article][equals]=${articleID}`)
      await page
        .locator('.collection-list')
        .getByText('This helped us talk on Sunday.')
        .waitFor({ timeout: 30_000 })
      await audit(page, 'comments of an article')
    })
    await page.close()
  }, 300_000)

  it('shows an admin Kindred’s dashboard: counts that match the API, the groups, no Create on endpoint-only data', async () => {
    const { token } = await staffToken(journey.server.url, owner)
    const editorToken = (await staffToken(journey.server.url, editor)).token
    // Something to count: a draft, a scheduled article and a comment still waiting.
    const future = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString()
    const content = (await api(`/api/articles/${articleID}`, editorToken)).body.content
    await post('/api/articles?draft=true', editorToken, { _status: 'draft', content, title: 'Half Written' })
    await post('/api/articles', editorToken, {
      _status: 'published',
      content,
      publishedAt: future,
      title: 'Next Week',
    })
    // A moderator sends the reader's comment back to the queue (one guest address: a second post would be throttled).
    const held = await api(`/api/comments/${commentID}`, editorToken, {
      body: JSON.stringify({ status: 'pending' }),
      method: 'PATCH',
    })
    expect(held.status).toBe(200)
    const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString()
    const expected: Record<string, number> = {
      'Comments waiting for review': await totalDocs(
        '/api/comments?where[status][equals]=pending&limit=1',
        token,
      ),
      'Draft articles': await totalDocs('/api/articles?where[_status][equals]=draft&limit=1', token),
      'Flagged comments': await totalDocs(
        '/api/comments?where[moderation.flagCount][greater_than]=0&where[status][equals]=approved&limit=1',
        token,
      ),
      'Responses this week': await totalDocs(
        `/api/responses?where[submittedAt][greater_than_equal]=${weekAgo}&limit=1`,
        token,
      ),
      'Scheduled articles': await totalDocs(
        `/api/articles?where[_status][equals]=published&where[publishedAt][greater_than]=${new Date().toISOString()}&limit=1`,
        token,
      ),
    }
    expect(expected['Draft articles']).toBeGreaterThan(0)
    expect(expected['Scheduled articles']).toBe(1)
    expect(expected['Comments waiting for review']).toBeGreaterThan(0)

    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1000, width: 1400 },
    })
    await withScreenshot(page, 'journey-admin', async () => {
      // Kindred's logo where Payload's would be.
      await page.goto('/admin/login')
      await page.locator('.kindred-logo', { hasText: 'Kindred' }).waitFor({ timeout: 30_000 })
      await audit(page, 'login')
      await signIn(page, owner)
      await page.goto('/admin')
      await page.locator('.kindred-counts').waitFor({ timeout: 60_000 })
      const shown: Record<string, number> = {}
      for (const card of await page.locator('.kindred-counts a').all()) {
        shown[(await card.getAttribute('data-count'))!] = Number(
          await card.locator('.kindred-counts__number').innerText(),
        )
      }
      expect(shown).toEqual(expected)
      await page.waitForFunction(() => /Kindred/.test(document.title), undefined, { timeout: 30_000 })
      // The navigation's groups, in Kindred's words.
      const groups = await page.locator('.nav-group__label').allInnerTexts()
      for (const group of ['Content', 'Assessments', 'Community', 'People', 'System']) {
        expect(groups.map((text) => text.trim())).toContain(group)
      }
      expect(groups.map((text) => text.trim())).not.toContain('Settings')
      const nav = await page.locator('.nav__wrap').first().innerText()
      for (const label of [
        'Scoring versions',
        'Counselor access',
        'Access log',
        'Reader accounts',
        'Staff',
      ]) {
        expect(nav).toContain(label)
      }
      for (const jargon of ['Assessment Keys', 'Response Grants', 'Rate Limits', 'Stats Snapshots']) {
        expect(nav).not.toContain(jargon)
      }
      await audit(page, 'dashboard (admin)')
      fs.mkdirSync(screenshots, { recursive: true })
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'admin-dashboard.png') })

      // Edit views an admin opens, timed like the lists below.
      const { user } = await staffToken(journey.server.url, owner)
      for (const route of [
        `articles/${articleID}`,
        `comments/${commentID}`,
        `users/${user.id}`,
        `articles/${articleID}`,
        `comments/${commentID}`,
      ]) {
        await timedGoto(page, `/admin/collections/${route}`, 'edit', '.document-fields')
      }
      await audit(page, 'comment edit')

      // Collections only the endpoints fill offer no Create New, even to an admin.
      for (const slug of [
        'responses',
        'couples',
        'response-grants',
        'response-access-log',
        'assessment-keys',
        'comment-flags',
        'moderation-log',
      ]) {
        await timedGoto(page, `/admin/collections/${slug}`, 'list', '.collection-list')
        await expect(page.locator(`a[href$="/admin/collections/${slug}/create"]`).count()).resolves.toBe(0)
        await audit(page, `${slug} list`)
      }
    })
    await page.close()

    // The editor's dashboard holds the editor's numbers only: no respondents' data.
    const editorPage = await journey.browser.newPage({ baseURL: journey.server.url })
    await withScreenshot(editorPage, 'journey-editor-dashboard', async () => {
      await signIn(editorPage, editor)
      await editorPage.goto('/admin')
      await editorPage.locator('.kindred-counts').waitFor({ timeout: 60_000 })
      const labels = await editorPage
        .locator('.kindred-counts a')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-count')))
      expect(labels).toEqual([
        'Comments waiting for review',
        'Flagged comments',
        'Draft articles',
        'Scheduled articles',
      ])
      await audit(editorPage, 'dashboard (editor)')
    })
    await editorPage.close()
  }, 600_000)

  it('has no serious or critical accessibility violations on any page the journey visited', () => {
    expectNoAxeFindings(6)
  })
})
