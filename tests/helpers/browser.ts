import { afterAll, beforeAll, expect } from '@jest/globals'
import os from 'node:os'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { seriousAxeViolations } from './axe.js'
import { type ProductionServer, startProductionServer } from './productionServer.js'
import { staffCalls } from './staffCalls.js'

type ServerEnv = Record<string, string>

/** Headless Chromium from the machine (CHROMIUM_PATH, else Debian's), without its background chatter. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  })

/** Signs in to the admin panel; Next compiles each admin route on first visit in development, so allow it time. */
export const signIn = async (page: Page, person: { email: string; password: string }) => {
  await page.goto('/admin/login', { timeout: 180_000 })
  await page.fill('#field-email', person.email)
  await page.fill('#field-password', person.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 180_000 })
}

/** A staff member's JWT for REST checks of what the browser did. */
export const staffToken = async (serverURL: string, person: { email: string; password: string }) => {
  const login = await fetch(`${serverURL}/api/users/login`, {
    body: JSON.stringify({ email: person.email, password: person.password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return (await login.json()) as { token: string; user: { id: string; roles: string[] } }
}

/** Runs a browser scenario; on failure keeps a screenshot of the page for the CI log's reader. */
export const withScreenshot = async (page: Page, name: string, scenario: () => Promise<void>) => {
  try {
    await scenario()
  } catch (error) {
    await page.screenshot({ fullPage: true, path: path.join(os.tmpdir(), `kindred-${name}-failure.png`) })
    throw error
  }
}

/**
 * Waits until React has hydrated the element: before that, the server-rendered markup takes clicks
 * and keys that no handler sees (a cold production page can be visible a while before it is live).
 */
export const waitForHydration = async (page: Page, selector: string, timeout = 60_000) => {
  await page.waitForFunction(
    (target) => {
      const element = document.querySelector(target)
      return Boolean(element && Object.keys(element).some((key) => key.startsWith('__reactProps')))
    },
    selector,
    { timeout },
  )
}

/** Waits for the admin's toast that says the document was saved (published, updated). */
export const waitForSavedToast = async (page: Page) => {
  await page
    .locator('.payload-toast-container')
    .getByText(/published|updated|success/i)
    .first()
    .waitFor({ timeout: 60_000 })
}

/** Loads a page directly, waits for `ready`, and answers how long the navigation took (its `loadEventEnd`, in ms). */
export const loadTime = async (page: Page, url: string, ready: string): Promise<number> => {
  await page.goto(url)
  await page.locator(ready).first().waitFor({ timeout: 60_000 })
  await page.waitForLoadState('load')
  const duration = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  )
  return Math.round(duration)
}

/**
 * Starts, before the file's tests, a production server on an empty database of its own (startProductionServer)
 * and Chromium, and stops both after them; read `browser` and `server` inside the tests. `env` may be a function,
 * for what is known only once earlier hooks have run (a port, a mail server's address).
 */
export const useProductionServerAndChromium = (
  name: string,
  env: ServerEnv | (() => Promise<ServerEnv> | ServerEnv) = {},
) => {
  const journey = {} as { browser: Browser; server: ProductionServer }
  beforeAll(async () => {
    // Chromium first: the server's last health check then comes right before the tests, rather than leave the
    // connection idle long enough for the server to close it as the first test reuses it (ECONNRESET).
    journey.browser = await launchChromium()
    journey.server = await startProductionServer(name, typeof env === 'function' ? await env() : env)
  }, 1_500_000)
  afterAll(async () => {
    await journey.browser?.close()
    await journey.server?.stop()
  })
  return journey
}

/** Pages that newReaderContext opened without JavaScript, where axe cannot run. */
const withoutJavaScript = new WeakSet<Page>()

/**
 * Serious or critical axe findings per page visited (`audit`), kept so that one test at the end reports them all
 * (`expectNoAxeFindings`). A page without JavaScript is audited as the same address loaded again in a context with
 * it: every audited page is a GET without side effects, so it shows the same page.
 */
export const axeFindingsPerPage = () => {
  const found: Record<string, string[]> = {}
  const audit = async (page: Page, name: string) => {
    if (!withoutJavaScript.has(page)) {
      found[name] = await seriousAxeViolations(page)
      return
    }
    const context = await page
      .context()
      .browser()!
      .newContext({ viewport: { height: 900, width: 1280 } })
    const twin = await context.newPage()
    await twin.goto(page.url())
    found[name] = await seriousAxeViolations(twin)
    await context.close()
  }
  /** No finding on any page, and at least `pages` pages audited: a journey that skipped its audits fails too. */
  const expectNoAxeFindings = (pages: number) => {
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(pages)
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])))
  }
  return { audit, expectNoAxeFindings, found }
}

/** axe-core on the page as it stands, failing at once on any serious or critical finding, named by `where`. */
export const expectAxeClean = async (page: Page, where: string) => {
  expect({ found: await seriousAxeViolations(page), where }).toEqual({ found: [], where })
}

/** Navigation durations (ms) of admin pages loaded directly with `timedGoto`, by kind of view. */
export const adminLoadTimings = () => {
  const timings: Record<'edit' | 'list', number[]> = { edit: [], list: [] }
  const timedGoto = async (page: Page, url: string, kind: 'edit' | 'list', ready: string) => {
    timings[kind].push(await loadTime(page, url, ready))
  }
  return { timedGoto, timings }
}

/** Fills and submits the admin's "create first user" form (the page is open and live); waits for the dashboard. */
export const submitFirstUser = async (
  page: Page,
  person: { email: string; name: string; password: string },
) => {
  await page.fill('#field-email', person.email)
  await page.fill('#field-password', person.password)
  await page.fill('#field-confirm-password', person.password)
  await page.fill('#field-name', person.name)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
}

/** Adds a staff member with one role through the API, as the admin whose JWT is given; answers the new user. */
export const addStaff = async (
  serverURL: string,
  adminToken: string,
  person: { email: string; name: string; password: string },
  role: string,
) => {
  const added = await staffCalls(serverURL, adminToken).post('/api/users', { ...person, roles: [role] })
  expect([person.email, added.status]).toEqual([person.email, 201])
  return added.body.doc as { id: string }
}

/** A reader's browser of its own (no cookies, no history) on the server, with the page it opens. */
export const newReaderContext = async (
  browser: Browser,
  serverURL: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    baseURL: serverURL,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { height: 900, width: 1280 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  if (options.javaScriptEnabled === false) withoutJavaScript.add(page)
  return { context, page }
}

/** Picks an answer for each question of the assessment page shown: `pick(question number, choices)`, "No" on yes/no. */
export const answerQuestionPage = async (page: Page, pick: (index: number, choices: number) => number) => {
  const questions = page.locator('fieldset.question')
  for (let index = 0; index < (await questions.count()); index += 1) {
    const choices = questions.nth(index).locator('input[type=radio]')
    const count = await choices.count()
    await choices.nth(count === 2 ? 1 : pick(index, count)).check()
  }
}

/**
 * Answers every assessment page from the current one and submits; lands on the result. `onSecondPage` runs once
 * the second page is shown (an axe audit, say).
 */
export const answerToResult = async (
  page: Page,
  pick: (index: number, choices: number) => number,
  onSecondPage: (page: Page) => Promise<void> = async () => {},
) => {
  for (;;) {
    await answerQuestionPage(page, pick)
    const submit = page.getByRole('button', { name: 'Submit my answers' })
    if (await submit.count()) {
      await submit.click()
      break
    }
    const progress = (await page.locator('.progress-text').textContent()) ?? ''
    const current = Number(/Page (\d+) of/.exec(progress)?.[1])
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await page.locator('.progress-text', { hasText: `Page ${current + 1} of` }).waitFor()
    if (current === 1) await onSecondPage(page)
  }
  await page.waitForURL((url) => url.pathname.endsWith('/result'))
}
