/**
 * Article page benchmark: the reader site's article page (server-rendered HTML, anonymous) against the cached
 * API read of the same article it is made from, `GET /api/articles?where[slug][equals]=…&depth=1`, measured in
 * the same run on the production build with the site on (ADMIN=true), alternating rounds.
 *
 *   npm run build && npm run bench:site:article
 *
 * A third row renders the page for every request: the same GET with an unrelated cookie, which the page cache
 * (src/http/pageCache.ts) never serves, while the API reads behind it stay cached (no session cookie). It shows
 * what the page cache buys. A fourth is a signed-in reader's: rendered every time, with the reader's session on
 * the API calls that are theirs. The rendered rows also give the server's CPU ms per page (/proc, its whole
 * process tree), steadier than req/s on a shared machine.
 *
 * Target (issue 10): article page ≥ 0.5× the API read's req/s.
 */
import fs from 'node:fs'

import { alternateRounds } from './support/alternateRounds.js'
import { comparisonReport } from './support/comparisonReport.js'
import { benchEnv } from './support/benchEnv.js'
import { benchSettings } from './support/benchSettings.js'
import { readerSession } from './support/readerSession.js'
import { requireBuild } from './support/requireBuild.js'
import { resultRow } from './support/resultRow.js'
import { startSeededServer } from './support/startSeededServer.js'
import { stopProcess } from './support/stopProcess.js'
import { treeCpuSeconds } from './support/treeCpuSeconds.js'

const { base, connections, duration, port, rounds } = benchSettings({ port: 3440, rounds: 10 })
// The seed's article, with its call to action and its two comments.
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const apiRead = `/api/articles?where[slug][equals]=${slug}&depth=1`
const page = `/articles/${slug}`
const { dir, env } = benchEnv({ ADMIN: 'true', NODE_ENV: 'production' })
// The reader's verification email is read from here (readerSession).
const outbox = `${dir}/outbox.jsonl`
env.EMAIL_OUTBOX_FILE = outbox

requireBuild()
if (!fs.existsSync('.next/BUILD_ID'))
  throw new Error('Run `npm run build` first: the site is the Next build.')
const server = await startSeededServer(env, port)
// Both must be the article, not an empty list or a 404 page, or the comparison means nothing.
const [apiAnswer, pageAnswer] = await Promise.all([fetch(`${base}${apiRead}`), fetch(`${base}${page}`)])
const found = ((await apiAnswer.json()) as { docs: unknown[] }).docs.length
const html = await pageAnswer.text()
if (found !== 1 || pageAnswer.status !== 200 || !html.includes('Take the '))
  throw new Error(`the seed article is missing: API found ${found}, page answered ${pageAnswer.status}`)
const session = await readerSession(base, outbox, 'bench-reader@example.org')
const signedInPage = await (await fetch(`${base}${page}`, { headers: { cookie: session } })).text()
if (!signedInPage.includes('Bench Reader')) throw new Error('the reader is not signed in on the page')

// Server CPU seconds spent during each route's counted runs.
const cpu: Record<string, number> = {}
const results = await alternateRounds(
  {
    api: { url: `${base}${apiRead}` },
    page: { url: `${base}${page}` },
    rendered: { headers: { cookie: 'bench=render-every-time' }, url: `${base}${page}` },
    signedIn: { headers: { cookie: session }, url: `${base}${page}` },
  },
  {
    connections,
    duration,
    observe: (name) => {
      const begin = treeCpuSeconds(server.pid!)
      return () => (cpu[name] = (cpu[name] ?? 0) + treeCpuSeconds(server.pid!) - begin)
    },
    rounds,
  },
)
const cpuMsPerPage = (name: keyof typeof results) =>
  ((cpu[name] * 1000) / Math.max(1, results[name].latencies.length)).toFixed(1)
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

process.stdout.write(
  comparisonReport({
    baseline: [`\`GET ${apiRead}\` (API read cache)`, results.api],
    command: 'npm run bench:site:article (after npm run build)',
    endpoint: [`\`GET ${page}\` (anonymous, page cache)`, results.page],
    load: { connections, duration, rounds },
    ratio: { name: 'article page / API read', target: '≥ 0.5×' },
  }) +
    [
      resultRow(`\`GET ${page}\` rendered every time (a cookie: no page cache)`, results.rendered),
      resultRow(`\`GET ${page}\` signed-in reader (rendered every time)`, results.signedIn),
      `rendered every time / API read: ${(results.rendered.rps / results.api.rps).toFixed(2)}×`,
      `server CPU per page: rendered ${cpuMsPerPage('rendered')} ms, signed-in ${cpuMsPerPage('signedIn')} ms`,
      '',
    ].join('\n'),
)
