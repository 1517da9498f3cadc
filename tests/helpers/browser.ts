import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

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
