import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

type FindArgs = {
  collection: CollectionSlug
  limit: number
  page: number
  select: SelectType
  sort: string
  where: Where
}

/** What `getThread` reads of a page: Payload's paginated result, without the fields nobody uses. */
export type FoundPage<T> = {
  docs: T[]
  hasNextPage: boolean
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * A page of stored rows, read from the database adapter itself: no access
 * check, no hooks, no field traversal (the caller says why it may, and maps
 * the rows to what it shows). Shaped as Payload's paginated `find` answers,
 * but counting only when the count says something: most threads fit on their
 * first page, and one row more than asked for tells whether there are more.
 * Only then, or past the first page, is the count queried, as Payload always
 * does. Page 1 only, because adapters agree on `limit` without pagination,
 * not on `page`.
 */
export const readPage = async <T>(req: PayloadRequest, args: FindArgs): Promise<FoundPage<T>> => {
  const { collection, limit, page, select, sort, where } = args
  const common = { collection, req, select, sort, where }
  if (page === 1) {
    const probe = await req.payload.db.find({ ...common, limit: limit + 1, pagination: false })
    const docs = probe.docs as T[]
    if (docs.length <= limit)
      return { docs, hasNextPage: false, page: 1, totalDocs: docs.length, totalPages: 1 }
    const { totalDocs } = await req.payload.db.count({ collection, req, where })
    return {
      docs: docs.slice(0, limit),
      hasNextPage: true,
      page: 1,
      totalDocs,
      totalPages: Math.ceil(totalDocs / limit),
    }
  }
  const found = await req.payload.db.find({ ...common, limit, page, pagination: true })
  return {
    docs: found.docs as T[],
    hasNextPage: found.hasNextPage,
    page: found.page ?? page,
    totalDocs: found.totalDocs,
    totalPages: found.totalPages,
  }
}
