import { readSignedInReader } from '../accounts/readSignedInReader.js'

/**
 * The signed-in reader's display name, which their comments go under; undefined for a guest. From the page's one
 * read of the reader (the header reads it too), not a `GET /api/readers/me` of its own.
 */
export const readCommenterName = async (): Promise<string | undefined> =>
  (await readSignedInReader())?.displayName ?? undefined
