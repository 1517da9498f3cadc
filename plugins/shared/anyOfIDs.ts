import type { Where } from 'payload'

/**
 * Documents whose id is one of `ids` that a caller sent, as one `equals` each rather than `in`: Payload checks a
 * single id against the adapter's id type (one that is none matches nothing), but binds a list's items as they
 * come, which PostgreSQL's uuid column refuses with a 500.
 */
export const anyOfIDs = (ids: readonly string[]): Where => ({ or: ids.map((id) => ({ id: { equals: id } })) })
