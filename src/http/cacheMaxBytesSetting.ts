import { ConfigError } from '../ConfigError.js'

/** A gigabyte: beyond it the cache would be the process's main use of memory, surely a typo. */
const largestMB = 1024

/**
 * `API_CACHE_MAX_MB` (default 32): how many bytes the read cache, and the reader site's page cache, may each
 * keep in memory, all entries together; the oldest go first. Decimals are allowed (0.5 is 512 KB). Garbage
 * stops the start.
 */
export const cacheMaxBytesSetting = (value: string | undefined): number => {
  const raw = value?.trim()
  if (!raw) return 32 << 20
  const megabytes = Number(raw)
  if (!/^\d+(?:\.\d+)?$/.test(raw) || !(megabytes > 0) || megabytes > largestMB)
    throw new ConfigError(
      `API_CACHE_MAX_MB must be a number of megabytes above 0 and up to ${largestMB}, not "${raw}".`,
    )
  return Math.round(megabytes * 2 ** 20)
}
