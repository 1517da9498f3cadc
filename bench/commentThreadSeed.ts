/**
 * The seeding process of commentThread.bench.ts: published articles, each with approved comments in
 * threads of five (a top-level comment and four replies, three levels deep), written with Payload's
 * Local API on the production build so every comment is a real document that went through its hooks
 * (the article's recount, the audit entry, the reply notification queued) — only the HTTP layer and
 * the moderation pipeline, which the thread read never sees, are skipped.
 *
 *   node --conditions=production --import tsx bench/commentThreadSeed.ts <slug>=<threads> …
 *
 * Run with the benchmark's environment (DATABASE_URI, PAYLOAD_SECRET, …); prints nothing.
 */
import type { Payload } from 'payload'

import { closePayload } from '../src/closePayload.js'
import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'

// A few threads at once, so one comment's commit overlaps another's hooks; SQLite still takes one
// writer at a time, and the process is CPU-bound (about 10 ms of Payload work per comment).
const concurrency = 4

const plan = process.argv.slice(2).map((argument) => {
  const [slug, threads] = argument.split('=')
  if (!slug || !(Number(threads) > 0)) throw new Error(`expected <slug>=<threads>, got ${argument}`)
  return { slug, threads: Number(threads) }
})

process.env.DISABLE_PAYLOAD_HMR ??= 'true'
// The built config, as the server loads it: the same hooks, the same migrations.
const { default: config } = await import(new URL('../dist/payload.config.js', import.meta.url).href)
const { getPayload } = await import('payload')
const payload: Payload = await getPayload({ config })

const sentence = 'We started taking a walk after dinner, phones at home, and it changed how we argue. '
const commentText = (thread: number, reply: number) =>
  `Thread ${thread}, comment ${reply}: ${sentence.repeat(1 + ((thread + reply) % 3))}`.trim()

type Created = { depth: number; id: number | string }

const writeThread = async (articleID: number | string, thread: number): Promise<void> => {
  const write = async (reply: number, parent?: Created, root?: Created): Promise<Created> => {
    const doc = await payload.create({
      collection: 'comments',
      context: { moderation: { action: 'imported', actor: 'system' } },
      data: {
        article: articleID,
        author: { email: `reader-${thread}-${reply}@example.com`, name: `Reader ${thread}.${reply}` },
        body: commentText(thread, reply),
        // As postComment stores a reply: one level below its parent, in its parent's thread.
        depth: parent ? parent.depth + 1 : 0,
        parent: parent?.id,
        status: 'approved',
        thread: root?.id,
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    return { depth: parent ? parent.depth + 1 : 0, id: doc.id }
  }
  const root = await write(0)
  const first = await write(1, root, root)
  await write(2, root, root)
  const second = await write(3, first, root)
  await write(4, second, root)
}

for (const { slug, threads } of plan) {
  const article = await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      content: lexicalFromBlocks([
        { text: 'Small habits', type: 'heading' },
        { text: 'Couples who keep talking keep growing. '.repeat(20), type: 'paragraph' },
      ]),
      excerpt: 'A benchmark article with many comments.',
      publishedAt: new Date(Date.now() - 86_400_000).toISOString(),
      slug,
      title: `Benchmark article ${slug}`,
    } as never,
    overrideAccess: true,
  })
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < threads) {
        next += 1
        const thread = next
        await writeThread(article.id, thread)
      }
    }),
  )
}
await closePayload(payload)
