/**
 * Cost of `decide` on a 1 KB comment against 2,000 blocked and 2,000 held terms, which must stay
 * within 50 µs so moderation never shows in comment latency. Word lists are compiled once, outside
 * the measured function, as the plugin does at startup.
 * Run: node --conditions=development --import tsx bench/moderationRules.bench.ts
 */
import { Bench } from 'tinybench'

import {
  compileWordList,
  decide,
  hashBody,
  type CommentInput,
  type Facts,
} from '@kindred/plugin-comment-moderation/core'

const targetMicros = 50

// Half single words, half two- and three-word phrases, sharing first words the way real lists do.
const terms = (prefix: string): string[] =>
  Array.from({ length: 2000 }, (_, index) =>
    index % 2 === 0
      ? `${prefix}${index}`
      : `${prefix}lead${index % 50} phrase${index}${index % 3 === 0 ? ' end' : ''}`,
  )

const options = {
  blockedWords: compileWordList(terms('blocked')),
  heldWords: compileWordList(terms('held')),
}

const sentence =
  'We had been married for eleven years when the arguments about money started, and the café ' +
  'conversations helped more than I expected, so thank you for writing this. '
const opening = 'The worksheet at https://example.org/guide helped. '
const body = (opening + sentence.repeat(Math.ceil(1024 / sentence.length))).slice(0, 1024)

const now = new Date('2025-06-01T12:00:00.000Z')
const input: CommentInput = {
  body,
  commenter: 'reader',
  article: { comments: 'open', publishedAt: '2025-05-30T08:00:00.000Z', closeCommentsAfterDays: 30 },
  now,
}
// Every step runs to the end: no ban, no flood, a duplicate check against recent bodies, providers answered.
const facts: Facts = {
  bans: [],
  lastCommentAt: new Date(now.getTime() - 3_600_000),
  recentBodies: Array.from({ length: 20 }, (_, index) => ({
    hash: hashBody(`earlier comment ${index}`),
    at: new Date(now.getTime() - index * 600_000),
  })),
  trust: { approved: 12, recent: { approved: 5, rejected: 0, spam: 0 } },
  providers: { spam: 'ham', toxicity: 0.05 },
}

const check = decide(input, facts, options)
if (check.state !== 'approved')
  throw new Error(`benchmark comment was not approved: ${JSON.stringify(check)}`)

const bench = new Bench({ name: 'moderation rules', time: 2000, warmup: true })
bench.add('decide (1 KB comment, 2 × 2,000 terms)', () => {
  decide(input, facts, options)
})
await bench.run()

let failed = false
for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  const meanMicros = result.latency.mean * 1000
  const p99Micros = result.latency.p99 * 1000
  console.log(
    `${task.name}: ${Math.round(result.throughput.mean).toLocaleString('en')} ops/s, ` +
      `mean ${meanMicros.toFixed(2)} µs, p99 ${p99Micros.toFixed(2)} µs, ${result.latency.samplesCount} samples`,
  )
  if (meanMicros > targetMicros) failed = true
}
console.log(failed ? `FAIL: mean above ${targetMicros} µs` : `OK: mean within ${targetMicros} µs`)
if (failed) process.exitCode = 1
