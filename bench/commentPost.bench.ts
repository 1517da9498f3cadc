/**
 * Comment benchmark: `POST /api/articles/help-we-want-more-emotional-intimacy-in-our-marriage/comments`
 * by guests, through the whole moderation pipeline, against a plain Payload create of the same
 * document, measured in the same run on the production build, API-only, on the seeded demo.
 *
 *   npm run build:server && npm run bench:comments:post
 *
 * The baseline is `POST /api/comments?depth=0` by an admin with the very document a posted comment
 * stores (article, body, author name and email, status pending, depth 0, and the moderation record:
 * reasons, author key, body hash, IP fingerprint): the same collection, the same hooks (recount,
 * audit entry, moderators' notification queued), Payload's own REST create. What the endpoint does
 * on top — find the article, gather the facts (bans, rate limits, recent bodies, trust), decide,
 * record the rate-limit entries — is what is measured. The collection lets nobody create through
 * REST, so the server is bench/commentPostServer.ts: the build with admins allowed to, nothing else.
 * The baseline pays for verifying the admin's JWT; the guests send none.
 *
 * Every request is a new guest: another address in X-Forwarded-For (the server trusts one proxy
 * here, TRUST_PROXY=1, as behind a load balancer), another email and another text, or the
 * 15 s rate limit and the duplicate check would answer 429 and 409 instead. The two alternate,
 * BENCH_ROUNDS times, so the growing table weighs on both alike. Every non-2xx counts as an error.
 *
 * Target (comments issue): post ≥ 0.6× the plain create.
 */
import type autocannon from 'autocannon'

import fs from 'node:fs'

import { fingerprint, hashBody } from '@kindred/plugin-comment-moderation/core'
import { alternateRounds } from './support/alternateRounds.js'
import { benchEnv } from './support/benchEnv.js'
import { benchSettings } from './support/benchSettings.js'
import { comparisonReport } from './support/comparisonReport.js'
import { fetchJSON } from './support/fetchJSON.js'
import { guestSequence } from './support/guestSequence.js'
import { loginAdmin } from './support/loginAdmin.js'
import { requireBuild } from './support/requireBuild.js'
import { startSeededServer } from './support/startSeededServer.js'
import { stopProcess } from './support/stopProcess.js'

const { base, connections, duration, port, rounds } = benchSettings({ port: 3420 })
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
// No spam provider even if the shell has AKISMET_KEY: the pipeline is measured, not Akismet's network.
const { dir, env } = benchEnv({ AKISMET_KEY: undefined, NODE_ENV: 'production', TRUST_PROXY: '1' })

requireBuild()
const server = await startSeededServer(env, port, {
  args: ['--conditions=production', '--import', 'tsx', 'bench/commentPostServer.ts'],
})

// One guest per request across the whole run (warm-up included): nobody comments twice.
const { commentRequest: postRequest, made, next: nextGuest } = guestSequence()

// One comment through the endpoint, to check it is accepted and to copy what it stores.
const probe = postRequest()
const posted = await fetchJSON(`${base}/api/articles/${slug}/comments`, {
  body: probe.body,
  headers: { 'content-type': 'application/json', 'x-forwarded-for': probe.ip },
  method: 'POST',
})
const token = await loginAdmin(base)
const stored = await fetchJSON(`${base}/api/comments/${posted.id}?depth=0`, {
  headers: { authorization: `JWT ${token}` },
})
const plainCreateBody = () => {
  const guest = nextGuest()
  return JSON.stringify({
    article: stored.article,
    author: { email: guest.email, name: guest.name },
    body: guest.body,
    depth: 0,
    isStaffReply: false,
    moderation: {
      authorKey: `email:${guest.email}`,
      bodyHash: hashBody(guest.body),
      // The same kind of value (an HMAC of the address); the server's key is its own, derived one.
      ipFingerprint: fingerprint({ ip: guest.ip, secret: 'bench-secret' }),
      reasons: stored.moderation.reasons,
    },
    notifyOnReply: false,
    status: stored.status,
  })
}

// The order of the first round (the next one reverses it; warm-up follows it too).
const targets: Record<'post' | 'create', autocannon.Options> = {
  post: {
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const { body, ip } = postRequest()
          return { ...request, body, headers: { ...request.headers, 'x-forwarded-for': ip } }
        },
      },
    ],
    url: `${base}/api/articles/${slug}/comments`,
  },
  create: {
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
    requests: [{ setupRequest: (request) => ({ ...request, body: plainCreateBody() }) }],
    url: `${base}/api/comments?depth=0`,
  },
}

const results = await alternateRounds(targets, { connections, duration, rounds })
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

const reasons = stored.moderation.reasons as { code: string }[]
process.stdout.write(
  comparisonReport({
    baseline: ['`POST /api/comments?depth=0` (admin, plain create of the same document)', results.create],
    command: 'npm run bench:comments:post (after npm run build:server)',
    endpoint: [`\`POST /api/articles/${slug}/comments\` (guest, moderation pipeline)`, results.post],
    load: { connections, duration, rounds },
    notes: [
      `every request a new guest (${made()} addresses, emails and texts made); the endpoint stored status ${stored.status}, reasons ${reasons.map((reason) => reason.code).join(', ')}`,
    ],
    ratio: { name: 'post / plain create', target: '≥ 0.6×' },
  }),
)
