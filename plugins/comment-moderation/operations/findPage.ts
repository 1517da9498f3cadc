import type { PayloadRequest, Where } from 'payload'

type FindArgs = {
  collection: string
  limit: number
  page: number
  select: Record<string, unknown>
  sort: string
  where: Where
}

/** What `listThread` reads of a page: Payload's paginated result, without the fields nobody uses. */
export type FoundPage<T> = {
  docs: T[]
  hasNextPage: boolean
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * A page of documents, with system rights (the caller says why), shaped as
 * Payload's paginated `find` answers, but counting only when the count says
 * something: most threads fit on their first page, and one document more than
 * asked for tells whether there are more. Only then, or past the first page,
 * is the count queried, as Payload always does. Page 1 only, because
 * adapters agree on `limit` without pagination, not on `page`.
 */
export const findPage = async <T>(req: PayloadRequest, args: FindArgs): Promise<FoundPage<T>> => {
  const { collection, limit, page, select, sort, where } = args
  const common = { collection, depth: 0, overrideAccess: true as const, req, select, sort, where }
  if (page === 1) {
    const probe = await req.payload.find({ ...common, limit: limit + 1, pagination: false } as never)
    const docs = probe.docs as T[]
    if (docs.length <= limit)
      return { docs, hasNextPage: false, page: 1, totalDocs: docs.length, totalPages: 1 }
    const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where } as never)
    return {
      docs: docs.slice(0, limit),
      hasNextPage: true,
      page: 1,
      totalDocs,
      totalPages: Math.ceil(totalDocs / limit),
    }
  }
  const found = await req.payload.find({ ...common, limit, page } as never)
  return {
    docs: found.docs as T[],
    hasNextPage: found.hasNextPage,
    page: found.page ?? page,
    totalDocs: found.totalDocs,
    totalPages: found.totalPages,
  }
}
