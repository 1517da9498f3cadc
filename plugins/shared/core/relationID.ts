/** The id of a relationship value, populated (`{ id }`) or not, as a string; undefined when unset. */
export const relationID = (value: unknown): string | undefined =>
  value === null || value === undefined
    ? undefined
    : String(typeof value === 'object' ? (value as { id: unknown }).id : value)
