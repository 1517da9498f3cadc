import type autocannon from 'autocannon'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import { benchEnv } from '../support/benchEnv.js'
import { fetchJSON } from '../support/fetchJSON.js'
import { guestSequence } from '../support/guestSequence.js'
import { loginAdmin } from '../support/loginAdmin.js'
import { runNode } from '../support/runNode.js'
import { seedDemo } from '../support/seedDemo.js'
import { serverArgs, startServer } from '../support/startServer.js'
import { stopProcess } from '../support/stopProcess.js'
import { waitFor } from '../support/waitFor.js'
import { peerArticles } from './peerArticles.js'
import type { Product } from './product.js'

/** The demo article: guests comment on it, as in bench/commentPost.bench.ts. */
const commentedSlug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
/** The article of the thread page: 20 threads of five approved comments, 100 in all. */
const thread = { slug: 'peers-thread', threads: 20 }

/**
 * Kindred's production bundle on a fresh SQLite database: the demo (its logins and article), the
 * thread's article and its comments written through the Local API by bench/commentThreadSeed.ts, and
 * the peers' articles but two through the REST API as the demo admin — 100 published articles in all.
 * Two products on that database: as configured (read cache on) and `API_CACHE_SECONDS=0`.
 */
export const kindred = async (
  port: number,
  nodeArgVariants: string[] = [],
): Promise<{ cleanup: string; products: Product[] }> => {
  // TRUST_PROXY=1: each guest's address comes in X-Forwarded-For, as behind a load balancer; no spam
  // provider even if the shell has AKISMET_KEY — the pipeline is measured, not Akismet's network.
  const { dir, env } = benchEnv({ AKISMET_KEY: undefined, NODE_ENV: 'production', TRUST_PROXY: '1' })
  const base = `http://127.0.0.1:${port}`
  await seedDemo(env)
  await runNode(
    [
      '--conditions=production',
      '--import',
      'tsx',
      'bench/commentThreadSeed.ts',
      `${thread.slug}=${thread.threads}`,
    ],
    env,
  )
  const server = startServer(env, port)
  await waitFor(`${base}/healthz`)
  const token = await loginAdmin(base)
  const ids: string[] = []
  for (const article of peerArticles(98)) {
    const { doc } = await fetchJSON(`${base}/api/articles`, {
      body: JSON.stringify({
        _status: 'published',
        content: lexicalFromBlocks([
          { text: article.title, type: 'heading' },
          ...article.paragraphs.map((text) => ({ text, type: 'paragraph' as const })),
        ]),
        excerpt: article.excerpt,
        slug: article.slug,
        title: article.title,
      }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    ids.push(doc.id)
  }
  const { totalDocs } = await fetchJSON(`${base}/api/articles?limit=1`)
  await stopProcess(server)
  if (totalDocs !== 100) throw new Error(`Kindred: expected 100 published articles, found ${totalDocs}`)

  // One sequence for both products: every request of the run is a new guest, so no rate limit,
  // duplicate check or flood control answers instead of the whole pipeline.
  const { commentRequest } = guestSequence()
  const comment: autocannon.Options = {
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const { body, ip } = commentRequest()
          return { ...request, body, headers: { ...request.headers, 'x-forwarded-for': ip } }
        },
      },
    ],
    url: `${base}/api/articles/${commentedSlug}/comments`,
  }
  const product = (name: string, productEnv: NodeJS.ProcessEnv, nodeArgs?: string): Product => ({
    name: nodeArgs === undefined ? name : `${name.slice(0, -1)}, ${nodeArgs || 'no flags'})`,
    routes: {
      comment,
      list: { url: `${base}/api/articles?limit=10&depth=1` },
      listDepth0: { url: `${base}/api/articles?limit=10&depth=0` },
      one: { url: `${base}/api/articles/${ids[ids.length - 1]}?depth=1` },
      thread: { url: `${base}/api/articles/${thread.slug}/comments` },
    },
    start: () =>
      nodeArgs === undefined
        ? startServer(productEnv, port)
        : startServer(productEnv, port, [...nodeArgs.split(/\s+/).filter(Boolean), ...serverArgs]),
  })
  return {
    cleanup: dir,
    products: [undefined, ...nodeArgVariants].flatMap((nodeArgs) => [
      product('Kindred (cache on)', env, nodeArgs),
      product('Kindred (cache off)', { ...env, API_CACHE_SECONDS: '0' }, nodeArgs),
    ]),
  }
}
