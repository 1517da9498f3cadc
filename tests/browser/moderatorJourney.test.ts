import { describe, expect, it } from '@jest/globals'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import {
  addStaff,
  expectAxeClean,
  signIn,
  staffToken,
  useProductionServerAndChromium,
  waitForHydration,
  withScreenshot,
} from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'

const owner = { email: 'owner@example.org', name: 'Olivia Owner', password: 'a-long-owner-password' }
const moderator = { email: 'mona@example.org', name: 'Mona Moderator', password: 'a-long-moderator-password' }
const journey = useProductionServerAndChromium('moderator-journey', {
  // The test posts each guest from its own address, as a proxy on this host would report it.
  TRUST_PROXY: '127.0.0.1',
})

/** The REST API as `token`'s holder (none: anonymous), from the address `from` as a proxy would report it. */
const api = (route: string, init: RequestInit & { token?: string; from?: string } = {}) => {
  const { from, token, ...rest } = init
  return staffCalls(journey.server.url, token).json(route, {
    ...rest,
    headers: from ? { 'X-Forwarded-For': from } : {},
  })
}

describe('a moderator in Chromium, on the production build', () => {
  it('clears a queue of five comments by keyboard, bans one commenter from the row, and finds each action in the log with names', async () => {
    const first = await api('/api/users/first-register', {
      body: JSON.stringify(owner),
      method: 'POST',
    })
    expect(first.status).toBe(200)
    const { token: adminToken } = await staffToken(journey.server.url, owner)
    await addStaff(journey.server.url, adminToken, moderator, 'moderator')
    const article = await api('/api/articles', {
      body: JSON.stringify({
        _status: 'published',
        content: lexicalFromBlocks([
          { text: 'Talk about money before it becomes a fight.', type: 'paragraph' },
        ]),
        title: 'Money Talks',
      }),
      method: 'POST',
      token: adminToken,
    })
    expect(article.status).toBe(201)
    const slug = article.body.doc.slug as string
    // Six guests' first comments: held for review (new commenters). Five to clear, one to ban.
    const ids: string[] = []
    for (let n = 1; n <= 6; n += 1) {
      const posted = await api(`/api/articles/${slug}/comments`, {
        body: JSON.stringify({
          author: { email: `guest${n}@example.com`, name: `Guest ${n}` },
          body: `Comment number ${n}: we argue about money every month.`,
        }),
        from: `10.1.0.${n}`,
        method: 'POST',
      })
      expect(posted).toMatchObject({ body: { status: 'pending' }, status: 201 })
      ids.push(String(posted.body.id))
    }

    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 1100, width: 1280 },
    })
    const items = page.locator('.moderation-queue__item')
    const selected = page.locator('.moderation-queue__item[aria-current="true"]')
    const itemsLeft = (count: number) =>
      page.waitForFunction((n) => document.querySelectorAll('.moderation-queue__item').length === n, count, {
        timeout: 60_000,
      })
    const press = async (key: string, remaining?: number) => {
      await page.keyboard.press(key)
      if (remaining !== undefined) await itemsLeft(remaining)
    }
    await withScreenshot(page, 'moderator-journey', async () => {
      await page.goto('/admin/login')
      await expectAxeClean(page, 'login')
      await signIn(page, moderator)
      await page.goto('/admin/collections/comments')
      await waitForHydration(page, '[data-queue="pending"]')
      await page.locator('[data-queue="pending"]').click()
      await page.waitForURL((url) => url.search.includes('pending'))
      await expect(page.locator('[data-queue="pending"]').getAttribute('aria-current')).resolves.toBe('page')
      await itemsLeft(6)
      await waitForHydration(page, '.moderation-queue__item')
      // Each row: the full body, the article, the record, and the shortcuts on the page.
      await expect(items.first().textContent()).resolves.toContain(
        'Comment number 1: we argue about money every month.',
      )
      await expect(items.first().getByRole('link', { name: 'Money Talks' }).count()).resolves.toBe(1)
      await expect(items.first().locator('.moderation-queue__history').textContent()).resolves.toBe(
        'Record: 0 approved, 0 rejected, 0 spam, no active ban',
      )
      await page.getByText('Keyboard shortcuts').waitFor()
      await page.screenshot({ path: 'docs/screenshots/moderation-queue.png' })
      await expectAxeClean(page, 'pending queue')

      // Oldest first: a approves #1, s spams #2, j + a approves #4, k + t trashes #3, a approves #5.
      await expect(selected.getAttribute('data-id')).resolves.toBe(ids[0])
      await press('a', 5)
      await expect(selected.getAttribute('data-id')).resolves.toBe(ids[1])
      await press('s', 4)
      await press('j')
      await expect(selected.getAttribute('data-id')).resolves.toBe(ids[3])
      await press('a', 3)
      await press('k')
      await expect(selected.getAttribute('data-id')).resolves.toBe(ids[2])
      await press('t', 2)
      await press('a', 1)
      await expect(selected.getAttribute('data-id')).resolves.toBe(ids[5])

      // Ban the last commenter from the row, by email: no hash to copy.
      const row = items.first()
      await row.getByText('Ban this commenter…').click()
      await row.locator('select[name="scope"]').selectOption('email')
      await row.locator('input[name="reason"]').fill('Harassment in other threads')
      await row.getByRole('button', { exact: true, name: 'Ban' }).click()
      await page
        .getByText('Nothing waits for review: every held comment has been approved or removed.')
        .waitFor()
      await expectAxeClean(page, 'empty pending queue')

      // The comment's own view: no threading internals or keys; its words and article are not the moderator's to change.
      await page.goto(`/admin/collections/comments/${ids[0]}`)
      await waitForHydration(page, '#field-body')
      for (const internal of ['thread', 'depth', 'moderation__authorKey', 'moderation__ipFingerprint'])
        await expect(page.locator(`#field-${internal}:visible`).count()).resolves.toBe(0)
      await expect(page.locator('#field-body').isDisabled()).resolves.toBe(true)
      await expect(
        page.locator('#field-article').evaluate((element) => element.className.includes('--read-only')),
      ).resolves.toBe(true)
      await expectAxeClean(page, 'comment view')

      await page.goto('/admin/collections/moderation-log')
      await page.locator('table').waitFor()
      await expectAxeClean(page, 'moderation log')
    })

    const { token } = await staffToken(journey.server.url, moderator)
    const statuses = await Promise.all(
      ids.map(async (id) => (await api(`/api/comments/${id}?depth=0`, { token })).body.status),
    )
    expect(statuses).toEqual(['approved', 'spam', 'trash', 'approved', 'approved', 'rejected'])
    const bans = await api('/api/comment-bans?depth=0', { token })
    expect(bans.body.docs).toMatchObject([
      { email: 'guest6@example.com', reason: 'Harassment in other threads', target: 'email' },
    ])

    // The log as the moderator sees it in the admin: who did what, in words.
    const table = await page.locator('table').innerText()
    for (const line of [
      'Mona Moderator approved',
      'Mona Moderator marked as spam',
      'Mona Moderator moved to trash',
      'Mona Moderator rejected',
      'Mona Moderator banned the commenter',
    ])
      expect(table).toContain(line)
    expect(table).not.toContain('staff:')
  }, 1_500_000)
})
