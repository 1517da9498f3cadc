/** What both in-memory caches keep per answer: one body Buffer, the headers to replay, and its expiry. */
export type CachedAnswer<Header> = { body: Buffer; expires: number; headers: Header[] }

export type BoundedEntries<Entry> = {
  clear: () => void
  /** A fresh entry; an expired one is dropped on the way, so it stops counting against the bounds. */
  get: (key: string, now: number) => Entry | undefined
  /** Keeps `entry` unless it alone exceeds `maxBytes`, dropping the oldest entries until both bounds hold. */
  set: (key: string, entry: Entry) => boolean
  /** The bytes kept now (bodies, keys and header text), for the bound and its tests. */
  size: () => number
}

const sizeOf = (key: string, { body, headers }: CachedAnswer<unknown>): number =>
  body.length + key.length + headers.reduce<number>((sum, header) => sum + String(header).length, 0)

/**
 * The entries of an in-memory answer cache, bounded by their count and by their total size: a count alone
 * lets a few large answers (a list of 100 articles, a long thread) hold `maxEntries` × the largest body.
 * Insertion order is age, so the oldest entry goes first.
 */
export const createBoundedEntries = <Entry extends CachedAnswer<unknown>>({
  maxBytes,
  maxEntries,
}: {
  maxBytes: number
  maxEntries: number
}): BoundedEntries<Entry> => {
  const entries = new Map<string, { entry: Entry; size: number }>()
  let total = 0
  const drop = (key: string) => {
    total -= entries.get(key)?.size ?? 0
    entries.delete(key)
  }
  return {
    clear: () => {
      entries.clear()
      total = 0
    },
    get: (key, now) => {
      const kept = entries.get(key)
      if (!kept) return undefined
      if (kept.entry.expires > now) return kept.entry
      drop(key)
      return undefined
    },
    set: (key, entry) => {
      const size = sizeOf(key, entry)
      drop(key)
      if (size > maxBytes) return false
      while (entries.size && (entries.size >= maxEntries || total + size > maxBytes))
        drop(entries.keys().next().value!)
      entries.set(key, { entry, size })
      total += size
      return true
    },
    size: () => total,
  }
}
