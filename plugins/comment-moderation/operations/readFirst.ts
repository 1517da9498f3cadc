import type { CollectionSlug, PayloadRequest, SelectType, Sort, TypedUser, Where } from 'payload'

/** Whose rights a read runs with: spread `withSystemRights(req)` or `{ overrideAccess: false, req, user }`. */
export type Rights =
  | { overrideAccess: false; req: PayloadRequest; user: null | TypedUser | undefined }
  | { overrideAccess: true; req: PayloadRequest }

/**
 * The first document matching `where` (in `sort` order), unpopulated, with the
 * rights the caller states at the call site; undefined when none (or none the
 * caller may read). The caller says what shape it expects with `T`.
 */
export const readFirst = async <T>(
  args: Rights & { collection: CollectionSlug; select?: SelectType; sort?: Sort; where: Where },
): Promise<T | undefined> => {
  const { docs } = await args.req.payload.find({ ...args, depth: 0, limit: 1, pagination: false })
  return docs[0] as T | undefined
}
