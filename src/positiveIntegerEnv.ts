import { ConfigError } from './ConfigError.js'

/** A whole number setting from the environment, or `fallback` when unset; anything else stops the start. */
export const positiveIntegerEnv = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new ConfigError(`${name} must be a whole number above 0, not "${raw}".`)
  return Number(raw)
}
