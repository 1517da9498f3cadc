import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { parseArticleFixture } from '../../src/seed/parseArticleFixture.js'
import { emotionalIntimacyArticle } from '../../src/seed/fixtures/emotionalIntimacyArticle.js'
import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import { axeFindingsPerPage, useProductionServerAndChromium, withScreenshot } from '../helpers/browser.js'
import { publishRichArticle, publishSmallAssessment } from '../helpers/richArticle.js'
import { staffCalls } from '../helpers/staffCalls.js'
import { firstAdminToken, freePort } from '../helpers/spawnServer.js'

// The reader's side of an article, on the production build from an empty database, with SERVER_URL set so
// media URLs are absolute: staff publish through the API, an anonymous reader reads in Chromium.
const journey = useProductionServerAndChromium('site-articles', async () => {
  const port = await freePort()
  return { PORT: String(port), SERVER_URL: `http://127.0.0.1:${port}` }
})
let reader: BrowserContext
let token: string
let rich: Awaited<ReturnType<typeof publishRichArticle>>
let seedSlug: string
const { audit, found: accessibility } = axeFindingsPerPage()

beforeAll(async () => {
  reader = await journey.browser.newContext({
    baseURL: journey.server.url,
    viewport: { height: 1000, width: 1280 },
  })
  token = await firstAdminToken(journey.server)
  const checkIn = await publishSmallAssessment(journey.server.url, token, 'Better Love Check-in')
  rich = await publishRichArticle(journey.server.url, token, 'Closer every day', { callToAction: checkIn.id })
  // The seed's article (shared/fixtures), as the demo has it: the page the README shows.
  const fixture = parseArticleFixture(emotionalIntimacyArticle)
  const { create } = staffCalls(journey.server.url, token)
  const category = await create('categories', { title: 'Marriage' })
  seedSlug = (
    await create('articles', {
      _status: 'published',
      callToAction: checkIn.id,
      categories: [category.id],
      content: lexicalFromBlocks(fixture.blocks),
      excerpt: fixture.blocks.find((block) => block.type === 'paragraph')?.text,
      title: fixture.title,
    })
  ).slug
}, 300_000)

/** What a reader's browser sees of the rendered article, read from the DOM. */
const articleElements = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.article-body')!
    const image = body.querySelector('figure img') as HTMLImageElement | null
    const external = [...body.querySelectorAll('a')].find((link) => link.textContent?.includes('Gottman'))
    const internal = [...body.querySelectorAll('a')].find((link) => link.textContent === 'earlier article')
    return {
      bold: body.querySelector('strong')?.textContent,
      bullets: [...body.querySelectorAll('ul > li')].map((item) => item.textContent),
      categories: [...document.querySelectorAll('[aria-label="Categories"] li')].map(
        (item) => item.textContent,
      ),
      external: external && {
        href: external.getAttribute('href'),
        rel: external.rel,
        target: external.target,
      },
      h1: [...document.querySelectorAll('h1')].map((heading) => heading.textContent),
      heading: body.querySelector('h2')?.textContent,
      hero: (document.querySelector('img.article-hero') as HTMLImageElement | null)?.getAttribute('src'),
      image: image && {
        alt: image.alt,
        height: image.getAttribute('height'),
        loaded: image.complete && image.naturalWidth > 0,
        src: image.getAttribute('src'),
        width: image.getAttribute('width'),
      },
      internal: internal?.getAttribute('href'),
      italic: body.querySelector('em')?.textContent,
      numbered: [...body.querySelectorAll('ol > li')].map((item) => item.textContent),
      published: document.querySelector('.article-byline time')?.getAttribute('datetime'),
      quote: body.querySelector('blockquote')?.textContent,
    }
  })

describe('reading articles on the reader site', () => {
  it('shows the home page and a rich article to an anonymous reader, every element rendered, axe-clean', async () => {
    const page = await reader.newPage()
    await withScreenshot(page, 'site-articles', async () => {
      const home = await page.goto('/')
      expect(home?.status()).toBe(200)
      const card = page.locator('.article-card', {
        has: page.getByRole('link', { exact: true, name: 'Closer every day' }),
      })
      await expect(card.locator('time').getAttribute('datetime')).resolves.toBe(rich.article.publishedAt)
      await expect(card.textContent()).resolves.toContain('Small daily habits that bring two people closer.')
      await expect(card.locator('img').getAttribute('src')).resolves.toBe(rich.image.url)
      await audit(page, 'home')

      await page.getByRole('link', { exact: true, name: 'Closer every day' }).click()
      await page.waitForURL(`**/articles/${rich.article.slug}`)
      await page.locator('figure img').scrollIntoViewIfNeeded()
      await page.locator('figure img').evaluate((image: HTMLImageElement) => image.decode())
      const seen = await articleElements(page)
      expect(seen).toEqual({
        bold: 'built',
        bullets: ['Listen first', 'Ask open questions', 'Share one worry'],
        categories: ['Communication'],
        external: { href: 'https://www.gottman.com/', rel: 'noopener noreferrer', target: '_blank' },
        h1: ['Closer every day'],
        heading: 'Why closeness grows',
        hero: rich.image.url,
        image: {
          alt: 'Two cups of coffee on a kitchen table',
          height: '360',
          loaded: true,
          src: rich.image.url,
          width: '640',
        },
        internal: `/articles/${rich.linked.slug}`,
        italic: 'daily',
        numbered: ['Sit down', 'Take turns'],
        published: rich.article.publishedAt,
        quote: 'Love is a verb.',
      })
      // SERVER_URL is set: the image's address is absolute, on that origin.
      expect(rich.image.url).toBe(`${journey.server.url}/api/media/file/closeness.png`)
      await expect(page.locator('.article-byline').textContent()).resolves.toContain('By Owner')
      const callToAction = page.getByRole('link', { name: 'Take the Better Love Check-in' })
      await expect(callToAction.getAttribute('href')).resolves.toBe('/assessments/better-love-check-in')
      await audit(page, 'article')

      await page.getByRole('link', { name: 'earlier article' }).click()
      await page.waitForURL(`**/articles/${rich.linked.slug}`)
      await expect(page.locator('h1').textContent()).resolves.toBe('Closer every day: the beginning')
    })
    await page.close()
  })

  it('works with JavaScript disabled: the home page links to the article, which is whole', async () => {
    const noScript = await journey.browser.newContext({
      baseURL: journey.server.url,
      javaScriptEnabled: false,
    })
    const page = await noScript.newPage()
    await withScreenshot(page, 'site-articles-no-js', async () => {
      await page.goto('/')
      await page.getByRole('link', { exact: true, name: 'Closer every day' }).click()
      await page.waitForURL(`**/articles/${rich.article.slug}`)
      const seen = await articleElements(page)
      expect([seen.h1, seen.heading, seen.quote, seen.numbered]).toEqual([
        ['Closer every day'],
        'Why closeness grows',
        'Love is a verb.',
        ['Sit down', 'Take turns'],
      ])
      await expect(page.getByRole('link', { name: 'Take the Better Love Check-in' }).count()).resolves.toBe(1)
    })
    await noScript.close()
  })

  it('lists an article published through the API on the next load, and answers 404 once it is unpublished', async () => {
    const page = await reader.newPage()
    await withScreenshot(page, 'site-articles-publish', async () => {
      // Twice, so the page is in the page cache when the article is published.
      await page.goto('/')
      const before = await page.goto('/')
      expect(before?.headers()['x-page-cache']).toBe('hit')
      const { call, create } = staffCalls(journey.server.url, token)
      const fresh = await create('articles', {
        _status: 'published',
        content: lexicalFromBlocks([{ text: 'Just out.', type: 'paragraph' }]),
        title: 'Hot off the press',
      })
      await page.goto('/')
      await expect(page.getByRole('link', { name: 'Hot off the press' }).count()).resolves.toBe(1)
      const open = await page.goto(`/articles/${fresh.slug}`)
      expect(open?.status()).toBe(200)
      await page.goto(`/articles/${fresh.slug}`)

      const unpublish = await call(`/api/articles/${fresh.id}`, {
        body: JSON.stringify({ _status: 'draft' }),
        method: 'PATCH',
      })
      expect(unpublish.status).toBe(200)
      const gone = await page.goto(`/articles/${fresh.slug}`)
      expect(gone?.status()).toBe(404)
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found')
      await audit(page, 'not found')
      await page.goto('/')
      await expect(page.getByRole('link', { name: 'Hot off the press' }).count()).resolves.toBe(0)
    })
    await page.close()
  })

  it('shows the seed article with its call to action (the README screenshot)', async () => {
    const page = await reader.newPage()
    await withScreenshot(page, 'site-article-seed', async () => {
      await page.goto(`/articles/${seedSlug}`)
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Help! We Want More Emotional Intimacy in Our Marriage',
      )
      await expect(page.getByRole('link', { name: 'Take the Better Love Check-in' }).count()).resolves.toBe(1)
      await audit(page, 'seed article')
      await page.screenshot({ path: path.resolve('docs/screenshots/site-article.png') })
    })
    await page.close()
  })

  it('has no serious or critical accessibility violations on any page visited', () => {
    expect(accessibility).toEqual({ article: [], home: [], 'not found': [], 'seed article': [] })
  })
})
