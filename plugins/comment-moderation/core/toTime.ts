import type { DateLike } from './types.js'

/** Epoch milliseconds, or `NaN` for an unreadable date; each caller decides which way NaN fails. */
export const toTime = (value: DateLike): number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value)
