import type { CollectionSlug, PayloadRequest, SelectType, Sort, Where } from 'payload'

/**
 * The first document matching `where` (in `sort` order), read with the system's rights
 * inside the request's transaction; undefined when none. Unpopulated (`depth: 0`): the
 * caller says what shape it expects with `T`. `showHiddenFields` includes fields marked `hidden`.
 */
export const findFirst = async <T>(
  req: PayloadRequest,
  {
    collection,
    select,
    showHiddenFields,
    sort,
    where,
  }: {
    collection: CollectionSlug
    select?: SelectType
    showHiddenFields?: boolean
    sort?: Sort
    where: Where
  },
): Promise<T | undefined> => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select,
    showHiddenFields,
    sort,
    where,
  })
  return docs[0] as T | undefined
}
