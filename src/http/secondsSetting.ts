import { ConfigError } from '../ConfigError.js'

type Env = Record<string, string | undefined>

/** A year: RFC 9111 caches need not honour more, and more is surely a typo. */
const longest = 31_536_000

/**
 * A whole number of seconds read from the environment, `fallback` when unset or blank. Garbage stops the start:
 * `Number("5s")` would quietly be NaN and turn a cache off.
 */
export const secondsSetting = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) > longest)
    throw new ConfigError(`${name} must be a whole number of seconds from 0 to ${longest}, not "${raw}".`)
  return Number(raw)
}
