import type { RequestHandler, Response as ExpressResponse } from 'express'
import type { Payload } from 'payload'

import type { SharedInvalidation } from './sharedCacheInvalidation.js'

import { type CachedAnswer, createBoundedEntries } from './boundedEntries.js'
import { etagMatches } from './etagMatches.js'
import { isAnonymousRequest } from './isAnonymousRequest.js'

type Entry = CachedAnswer<[string, string]>

export type ReadCacheOptions = {
  /** The request paths (with their query) whose anonymous reads are cached. */
  cacheable: RegExp
  /** What makes a read the caller's own (session cookie, personal headers): such a read is never served from the cache. */
  cookieName: string
  personalHeaders?: string[]
  /** Entries kept at most; the oldest goes first. */
  maxEntries?: number
  /** Bytes kept at most, all entries together (bodies, keys, headers); the oldest go first. */
  maxBytes?: number
  /** Largest body kept, in bytes. */
  maxBodyBytes?: number
  /**
   * Connects this cache to the other processes' (src/http/sharedCacheInvalidation.ts): every clear here is
   * published, and `clearHere` is called for theirs. Absent: other processes' writes show within the TTL.
   */
  shareClears?: (clearHere: () => void) => SharedInvalidation
  /** How long an entry lives; 0 turns the cache off. */
  ttlMs: number
}

export type ReadCache = {
  /** Forgets everything, in every process that shares clears: called on every write to any collection or global. */
  clear: () => void
  /** Ends the connection that shares clears, if any: called when Payload is closed. */
  close: () => Promise<void>
  /**
   * Answers a fresh hit, or marks a cacheable read so `storeIfCacheable` keeps Payload's answer,
   * or a write so `clearBeforeAnswer` clears the cache once Payload has committed it.
   */
  serve: RequestHandler
}

type Pending = { store: (headers: [string, string][], body: Buffer) => void }
type ClearOnceCommitted = () => Promise<void>

const caches = new WeakMap<Payload, ReadCache>()

/** The cache in front of this Payload instance, for the hooks that invalidate it. */
export const readCacheOf = (payload: Payload): ReadCache | undefined => caches.get(payload)

/**
 * A short-lived cache of anonymous reads of public content, in front of
 * Payload: everyone without a session sees the same published articles, so
 * the same answer can serve them all for a few seconds. It is cleared on every
 * write in this process, and, when `shareClears` is given (REDIS_URL), on
 * every write in the other processes too; without it their writes show within
 * the TTL, as do scheduled articles whose time has come. Requests with a
 * session or an `Authorization` header always go to Payload, so access rules
 * never depend on it. Keyed by origin as well as URL, since CORS headers vary with it.
 */
export const createReadCache = (payload: Payload, options: ReadCacheOptions): ReadCache => {
  const {
    cacheable,
    cookieName,
    maxBodyBytes = 1 << 20,
    maxEntries = 500,
    maxBytes = 32 << 20,
    personalHeaders = [],
    shareClears,
    ttlMs,
  } = options
  const entries = createBoundedEntries<Entry>({ maxBytes, maxEntries })
  // Bumped by every clear, ours or another process's, so a read that started before a write cannot store what it read.
  let generation = 0
  const clearHere = () => {
    generation += 1
    entries.clear()
  }
  const shared = ttlMs > 0 ? shareClears?.(clearHere) : undefined
  const clear = () => {
    clearHere()
    void shared?.publish()
  }
  const cache: ReadCache = {
    clear,
    close: async () => {
      await shared?.close()
    },
    serve: (req, res, next) => {
      if (ttlMs <= 0 || req.method === 'OPTIONS') return next()
      if (!['GET', 'HEAD'].includes(req.method)) {
        // Hooks clear inside the write's transaction; clearing again once it is committed drops anything
        // a concurrent read cached from the state before it.
        const startedIn = generation
        const clearOnceCommitted: ClearOnceCommitted = async () => {
          // Only a request whose hooks cleared has news for the other processes: a GraphQL read or a sign-in has none.
          const wrote = generation !== startedIn
          clearHere()
          if (wrote) await shared?.publish()
        }
        res.locals.readCacheWrite = clearOnceCommitted
        return next()
      }
      if (!isAnonymousRequest(req, { cookieName, personalHeaders }) || !cacheable.test(req.originalUrl))
        return next()
      const key = `${req.headers.origin ?? ''} ${req.originalUrl}`
      const hit = entries.get(key, Date.now())
      if (hit) {
        for (const [name, value] of hit.headers) res.setHeader(name, value)
        res.setHeader('x-cache', 'hit')
        const etag = hit.headers.find(([name]) => name === 'etag')?.[1]
        if (etag && etagMatches(req.headers['if-none-match'], etag)) {
          res.status(304).end()
          return
        }
        res.status(200)
        res.end(req.method === 'HEAD' ? undefined : hit.body)
        return
      }
      const startedIn = generation
      const pending: Pending = {
        store: (headers, body) => {
          if (body.length > maxBodyBytes || generation !== startedIn) return
          entries.set(key, { body, expires: Date.now() + ttlMs, headers })
        },
      }
      res.locals.readCache = pending
      next()
    },
  }
  caches.set(payload, cache)
  return cache
}

/**
 * Keeps a public read's answer (see sendWebResponse: a 200 JSON document
 * setting no cookie, with its caching headers) when the request was marked
 * cacheable.
 */
export const storeIfCacheable = (res: ExpressResponse, headers: [string, string][], body: Buffer): void => {
  const pending = res.locals.readCache as Pending | undefined
  if (!pending) return
  pending.store(headers, body)
  res.setHeader('x-cache', 'miss')
}

/**
 * For a write, once Payload has committed it and before it is answered: clears
 * the cache here and, waiting for Redis to pass the news on (see
 * sharedCacheInvalidation's `waitMs`), in the other processes, so whoever is
 * told "saved" reads the change from any of them.
 */
export const clearBeforeAnswer = async (res: ExpressResponse): Promise<void> => {
  await (res.locals.readCacheWrite as ClearOnceCommitted | undefined)?.()
}
