import type {
  CollectionSlug,
  PayloadRequest,
  RequestContext,
  SelectType,
  Sort,
  TypedUser,
  Where,
} from 'payload'

/**
 * The first document matching `where` (in `sort` order), unpopulated, or undefined (also when the
 * caller may read none). Whose rights it reads with is spelled out at each call:
 * `...asCaller(req)` or `...asSystem(req)`.
 */
export const firstDoc = async <T>(args: {
  collection: CollectionSlug
  context?: RequestContext
  overrideAccess: boolean
  req: PayloadRequest
  select?: SelectType
  showHiddenFields?: boolean
  sort?: Sort
  user?: null | TypedUser
  where: Where
}): Promise<T | undefined> => {
  const { docs } = await args.req.payload.find({
    ...args,
    depth: 0,
    disableErrors: true,
    limit: 1,
    pagination: false,
  })
  return docs[0] as T | undefined
}
