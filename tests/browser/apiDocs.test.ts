import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { launchChromium, withScreenshot } from '../helpers/browser.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let server: Server
let url: string
let browser: Browser

beforeAll(async () => {
  kindred = await bootKindred()
  server = kindred.app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  await kindred?.close()
})

describe('the API reference at /api/docs', () => {
  it('renders every operation of /api/openapi.json from this origin alone, with no script the policy blocks', async () => {
    const { paths } = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
      paths: Record<string, object>
    }
    const operations = Object.values(paths).reduce((n, methods) => n + Object.keys(methods).length, 0)
    const page = await browser.newPage()
    const elsewhere: string[] = []
    const problems: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:')) elsewhere.push(request.url())
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await withScreenshot(page, 'api-docs', async () => {
      const res = await page.goto(`${url}/api/docs`)
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'")
      await page.waitForSelector('.opblock', { timeout: 60_000 })
      expect(await page.locator('.opblock').count()).toBe(operations)
      expect(await page.locator('.info .title').textContent()).toContain('Kindred API')
    })
    expect(elsewhere).toEqual([])
    expect(problems).toEqual([])
  }, 120_000)

  it('serves only the Swagger UI files the page needs, not the package’s sample pages', async () => {
    expect((await fetch(`${url}/api/docs/swagger-ui-bundle.js`)).status).toBe(200)
    expect((await fetch(`${url}/api/docs/swagger-initializer.js`)).status).toBe(404)
    expect((await fetch(`${url}/api/docs/index.html`)).status).toBe(404)
    expect((await fetch(`${url}/api/docs/..%2fpackage.json`)).status).toBe(404)
  })
})
