import { ConfigError } from '../ConfigError.js'

/** A day: without REDIS_URL, other processes' writes show only after this long, so more is surely a typo. */
const longest = 86_400

/**
 * `API_CACHE_SECONDS` (default 5): how long the read cache and the reader site's page cache keep an anonymous
 * answer, in milliseconds; 0 turns them off. Garbage stops the start: `Number('5s')` would give the caches a
 * NaN lifetime (they store and never serve), and `1e9` one no write in another process would ever cut short.
 */
export const apiCacheSecondsSetting = (value: string | undefined): number => {
  const raw = value?.trim()
  if (!raw) return 5_000
  if (!/^\d+$/.test(raw) || Number(raw) > longest)
    throw new ConfigError(
      `API_CACHE_SECONDS must be a whole number of seconds from 0 to ${longest}, not "${raw}".`,
    )
  return Number(raw) * 1000
}
