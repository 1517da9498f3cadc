import { beforeAll, describe, expect, it } from '@jest/globals'

import {
  addStaff,
  expectAxeClean,
  signIn,
  staffToken,
  useProductionServerAndChromium,
  withScreenshot,
} from '../helpers/browser.js'
import { staffCalls } from '../helpers/staffCalls.js'

const owner = { email: 'owner@example.org', name: 'Olivia Owner', password: 'a-long-owner-password' }
const counselor = { email: 'carmen@example.org', name: 'Carmen Counselor', password: 'a-long-counselor-pw' }
const moderator = { email: 'mona@example.org', name: 'Mona Moderator', password: 'a-long-moderator-pw' }
const editor = { email: 'eddie@example.org', name: 'Eddie Editor', password: 'a-long-editor-password' }
/** The plugin's default `minimumStatisticsN`, which the production config keeps. */
const minimumN = 10
const journey = useProductionServerAndChromium('counselor-statistics')

const post = (route: string, token: string | undefined, body: unknown) =>
  staffCalls(journey.server.url, token).post(route, body)

const bands = [
  { label: 'Needs care', max: 2.5, min: 1 },
  { label: 'Steady', max: 3.75, min: 2.5 },
  { label: 'Thriving', max: 5, min: 3.75 },
]
const miskeyedPrompt = 'We spend our evenings apart.'

/**
 * Closeness: three items and a fourth keyed as reverse that respondents answer like the others (so it
 * moves against its dimension once mirrored: the mis-keyed item); Listening: three items that agree.
 */
const createAssessment = async (token: string) => {
  const question = async (dimension: string, prompt: string, reverseKeyed = false) => {
    const created = await post('/api/questions', token, {
      dimension,
      prompt,
      reverseKeyed,
      scale: { max: 5, min: 1 },
      type: 'likert',
    })
    expect(created.status).toBe(201)
    return String(created.body.doc.id)
  }
  const close = [
    await question('close', 'We make time for each other.'),
    await question('close', 'I feel close to my partner.'),
    await question('close', 'We share small news every day.'),
    await question('close', miskeyedPrompt, true),
  ]
  const listen = [
    await question('listen', 'My partner hears me out.'),
    await question('listen', 'I ask before I assume.'),
    await question('listen', 'We finish a conversation before moving on.'),
  ]
  const created = await post('/api/assessments', token, {
    _status: 'published',
    audience: 'individual',
    dimensions: [
      { bands, key: 'close', label: 'Closeness', method: 'mean' },
      { bands, key: 'listen', label: 'Listening', method: 'mean' },
    ],
    questions: [...close, ...listen],
    title: 'Closeness Check',
  })
  expect(created.status).toBe(201)
  return { close, id: String(created.body.doc.id), listen, slug: String(created.body.doc.slug) }
}

type Assessment = Awaited<ReturnType<typeof createAssessment>>

/** Respondent i: a level 1–5 that varies across respondents, every item near it (the mis-keyed one too). */
const answersOf = (assessment: Assessment, i: number) => {
  const level = (i % 5) + 1
  const near = (shift: number) => Math.min(5, Math.max(1, level + shift))
  const jitter = [0, 1, 0, -1, 0, 0, -1, 0, 1, 0]
  return {
    [assessment.close[0]]: level,
    [assessment.close[1]]: near(jitter[i % 10]),
    [assessment.close[2]]: near(-jitter[(i + 3) % 10]),
    [assessment.close[3]]: level,
    [assessment.listen[0]]: level,
    [assessment.listen[1]]: near(jitter[(i + 5) % 10]),
    [assessment.listen[2]]: level,
  }
}

const respond = async (assessment: Assessment, from: number, to: number) => {
  for (let i = from; i < to; i += 1) {
    const started = await post(`/api/assessments/${assessment.slug}/responses`, undefined, {
      answers: answersOf(assessment, i),
      submit: true,
    })
    expect(started.status).toBe(201)
  }
}

describe('the statistics view of an assessment, in Chromium on the production build', () => {
  let assessment: Assessment

  beforeAll(async () => {
    expect((await post('/api/users/first-register', undefined, owner)).status).toBe(200)
    const { token } = await staffToken(journey.server.url, owner)
    for (const [person, role] of [
      [counselor, 'counselor'],
      [moderator, 'moderator'],
      [editor, 'editor'],
    ] as const)
      await addStaff(journey.server.url, token, person, role)
    assessment = await createAssessment(token)
  }, 120_000)

  it('tells a counselor how many more responses are needed, then shows n, charts, α readings and the mis-keyed item', async () => {
    const page = await journey.browser.newPage({
      baseURL: journey.server.url,
      viewport: { height: 900, width: 1280 },
    })
    const statistics = `/admin/collections/assessments/${assessment.id}/statistics`
    await withScreenshot(page, 'counselor-statistics', async () => {
      await respond(assessment, 0, minimumN - 3)
      await signIn(page, counselor)
      await page.goto(`/admin/collections/assessments/${assessment.id}`)
      // The tab is there for her, and leads to the view.
      const tab = page.locator(`a[href$="/admin/collections/assessments/${assessment.id}/statistics"]`)
      await tab.first().waitFor({ timeout: 60_000 })
      await page.goto(statistics)
      await expect(page.getByTestId('responses-needed').textContent({ timeout: 60_000 })).resolves.toBe(
        `3 more responses needed before statistics are shown (${minimumN - 3} of ${minimumN} so far).`,
      )
      await expect(page.locator('.kindred-statistics svg').count()).resolves.toBe(0)
      await expectAxeClean(page, 'statistics, below the minimum n')

      await respond(assessment, minimumN - 3, minimumN)
      await page.goto(statistics)
      await page.getByTestId('statistics-n').waitFor({ timeout: 60_000 })
      await expect(page.getByTestId('statistics-n').textContent()).resolves.toContain(`n = ${minimumN}`)
      await expect(page.getByTestId('responses-needed').count()).resolves.toBe(0)

      // One mean/SD chart with a bar per dimension; a band chart per dimension with a bar per band.
      const images = page.locator('.kindred-statistics svg[role="img"]')
      await expect(images.count()).resolves.toBe(3)
      await expect(page.locator('[data-chart="mean-sd"] rect[data-bar]').count()).resolves.toBe(2)
      for (const key of ['close', 'listen']) {
        const bars = page.locator(`[data-dimension="${key}"] [data-chart="bands"] rect[data-bar]`)
        await expect(bars.count()).resolves.toBe(bands.length)
        // The bars add up to every response, as the chart's description tells.
        const desc = await page.locator(`[data-dimension="${key}"] svg desc`).textContent()
        const counts = [...(desc ?? '').matchAll(/: (\d+)/g)].map((match) => Number(match[1]))
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(minimumN)
      }
      await expect(page.locator('[data-chart="mean-sd"] svg title').textContent()).resolves.toBe(
        'Mean percent score and SD per dimension',
      )

      // α per dimension in plain words: Listening's items agree; Closeness carries an item against its key.
      await expect(page.locator('[data-alpha="listen"]').textContent()).resolves.toContain(
        'Consistent: the items measure the same thing.',
      )
      await expect(page.locator('[data-alpha="close"]').textContent()).resolves.toMatch(
        /α = -?[\d.]+ \(10 complete responses\)\. (Consistent|Acceptable|The items may not)/,
      )
      const miskeyed = page.locator('[data-miskeyed]')
      await expect(miskeyed.count()).resolves.toBe(1)
      await expect(miskeyed.textContent()).resolves.toContain(`Closeness: “${miskeyedPrompt}”`)
      await expect(miskeyed.getAttribute('data-miskeyed')).resolves.toBe(assessment.close[3])

      await expectAxeClean(page, 'statistics')
      await page.screenshot({ fullPage: true, path: 'docs/screenshots/assessment-statistics.png' })
    })
    await page.close()
  }, 600_000)

  it.each([
    ['an editor', editor],
    ['a moderator', moderator],
  ])(
    'shows %s no statistics tab and refuses the view typed in by address',
    async (_, person) => {
      const page = await journey.browser.newPage({ baseURL: journey.server.url })
      await withScreenshot(page, 'statistics-refused', async () => {
        await signIn(page, person)
        await page.goto(`/admin/collections/assessments/${assessment.id}`)
        await page.locator('.doc-tabs').first().waitFor({ timeout: 60_000 })
        await expect(page.locator('a[href$="/statistics"]').count()).resolves.toBe(0)

        // Risk: a role that may not read statistics reads them by typing the tab's address.
        await page.goto(`/admin/collections/assessments/${assessment.id}/statistics`)
        await expect(page.locator('.kindred-statistics').textContent({ timeout: 60_000 })).resolves.toContain(
          'Only counselors and admins may read statistics.',
        )
        await expect(page.locator('.kindred-statistics svg').count()).resolves.toBe(0)
        await expect(page.getByText(miskeyedPrompt).count()).resolves.toBe(0)
      })
      await page.close()
    },
    300_000,
  )

  it('tells a signed-in moderator she may not create, naming her and her role, rather than to log in', async () => {
    const page = await journey.browser.newPage({ baseURL: journey.server.url })
    await withScreenshot(page, 'moderator-not-allowed', async () => {
      await signIn(page, moderator)
      for (const [collection, what] of [
        ['assessments', 'create assessments'],
        ['users', 'create staff'],
      ]) {
        await page.goto(`/admin/collections/${collection}/create`)
        await page.waitForURL((url) => url.pathname === '/admin/not-allowed', { timeout: 60_000 })
        await expect(page.getByTestId('not-allowed').textContent({ timeout: 60_000 })).resolves.toBe(
          `You are signed in as ${moderator.name} (moderator) and may not ${what}.`,
        )
        await expect(page.getByText('you must be logged in').count()).resolves.toBe(0)
      }
      await expectAxeClean(page, 'not allowed')
      // A Create New page her role allows is not refused.
      await page.goto('/admin/collections/comment-bans/create')
      await page.locator('.document-fields').first().waitFor({ timeout: 60_000 })
      expect(new URL(page.url()).pathname).toBe('/admin/collections/comment-bans/create')
    })
    await page.close()
  }, 300_000)
})
