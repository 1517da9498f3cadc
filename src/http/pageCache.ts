import type { RequestHandler } from 'express'

import type { SharedInvalidation } from './sharedCacheInvalidation.js'

import { type CachedAnswer, createBoundedEntries } from './boundedEntries.js'

type Entry = CachedAnswer<[string, number | string | string[]]>
type ShareClears = (clearHere: () => void) => SharedInvalidation

export type PageCacheOptions = {
  /** Largest page kept, in bytes. */
  maxBodyBytes?: number
  /** Pages kept at most; the oldest goes first. */
  maxEntries?: number
  /** Bytes kept at most, all pages together; the oldest go first. */
  maxBytes?: number
  /** How long a page lives; 0 turns the cache off. The API read cache's TTL, so both age alike. */
  ttlMs: number
}

export type PageCache = {
  /** Forgets every page kept in this process. */
  clear: () => void
  /**
   * Wraps the API read cache's `shareClears` option so that every clear of that cache clears the pages too:
   * its own clears reach us through `publish` (called by each write, before and after its commit), the other
   * processes' through `clearHere`. Given undefined (no Redis), it still hears this process's clears.
   */
  followClears: (shareClears: ShareClears | undefined) => ShareClears
  /** Answers a fresh page, or records Next's answer to an anonymous GET of a site page for the next reader. */
  serve: RequestHandler
}

/** Requests that are not a plain page load: Next's RSC payloads share the page's URL but not its body. */
const nextRouterHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
]
/**
 * The pages every anonymous reader sees alike: the home page and an article's page. Nothing else is kept: the
 * admin, Next's assets, and site pages that act or belong to one reader (`/verify?token=…` confirms an address
 * when it renders, a result page answers its token's holder alone).
 */
const publicPage = /^\/(?:articles\/[^/?]+\/?)?(?:\?|$)/
/** Headers that describe one connection or one request, never replayed. */
const perResponse = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding'])

const cacheableRequest = (req: Parameters<RequestHandler>[0]): boolean =>
  req.method === 'GET' &&
  !req.headers.cookie &&
  !req.headers.authorization &&
  publicPage.test(req.originalUrl) &&
  !/[?&]_rsc=/.test(req.originalUrl) &&
  !nextRouterHeaders.some((name) => name in req.headers)

/**
 * A short-lived cache of the reader site's pages as anonymous readers get them, in front of Next: an article
 * page is the same HTML for everyone without a session, and rendering it costs far more than the cached API
 * reads it is made from. Only a GET of the home or an article page with no cookie at all and no Authorization
 * is served or stored, never Next's RSC requests, and only 200 HTML answers that set no cookie. It is cleared with the
 * API read cache (see `followClears`), so a publish or unpublish shows on the next load, in every process
 * that shares clears; a page whose render began before a clear is not kept.
 */
export const createPageCache = ({
  maxBodyBytes = 1 << 20,
  maxEntries = 200,
  maxBytes = 32 << 20,
  ttlMs,
}: PageCacheOptions): PageCache => {
  const entries = createBoundedEntries<Entry>({ maxBytes, maxEntries })
  let generation = 0
  const clear = () => {
    generation += 1
    entries.clear()
  }
  const followClears =
    (shareClears: ShareClears | undefined): ShareClears =>
    (clearApi) => {
      const shared = shareClears?.(() => {
        clearApi()
        clear()
      })
      return {
        close: async () => {
          await shared?.close()
        },
        publish: async () => {
          clear()
          await shared?.publish()
        },
      }
    }

  const serve: RequestHandler = (req, res, next) => {
    if (ttlMs <= 0 || !cacheableRequest(req)) return next()
    // Compressed and plain answers differ: a client is only given the encoding it asked for.
    const key = `${req.headers['accept-encoding'] ?? ''} ${req.originalUrl}`
    const hit = entries.get(key, Date.now())
    if (hit) {
      for (const [name, value] of hit.headers) res.setHeader(name, value)
      res.setHeader('x-page-cache', 'hit')
      res.status(200).end(hit.body)
      return
    }
    // What the host set before Next (request id, security headers) belongs to this request, not to the page.
    const setBefore = new Set(res.getHeaderNames())
    const startedIn = generation
    const chunks: Buffer[] = []
    let size = 0
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk == null || typeof chunk === 'function' || size > maxBodyBytes) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      size += buffer.length
      chunks.push(buffer)
    }
    res.setHeader('x-page-cache', 'miss')
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding)
      return write(chunk as string, encoding as BufferEncoding, callback as () => void)
    }) as typeof res.write
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding)
      const storable =
        res.statusCode === 200 &&
        size <= maxBodyBytes &&
        generation === startedIn &&
        !res.hasHeader('set-cookie') &&
        String(res.getHeader('content-type') ?? '').startsWith('text/html')
      if (storable) {
        const headers = Object.entries(res.getHeaders())
          .filter(([name]) => !setBefore.has(name) && !perResponse.has(name) && name !== 'x-page-cache')
          .filter((header): header is [string, number | string | string[]] => header[1] !== undefined)
        entries.set(key, { body: Buffer.concat(chunks), expires: Date.now() + ttlMs, headers })
      }
      return end(chunk as string, encoding as BufferEncoding, callback as () => void)
    }) as typeof res.end
    next()
  }

  return { clear, followClears, serve }
}
