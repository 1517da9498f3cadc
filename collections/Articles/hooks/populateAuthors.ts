import type { CollectionAfterReadHook } from 'payload'

import { createDataloaderCacheKey } from 'payload'

type AuthorRef = number | string | { id: number | string }
type CacheKeyArgs = Parameters<typeof createDataloaderCacheKey>[0]

/**
 * Readers may not read staff accounts (emails, roles), yet an article shows who
 * wrote it: this copies just the authors' names into `populatedAuthors`.
 * Lookups go through the request's dataloader, so a page of articles costs one
 * query for all their authors, not one per article.
 */
export const populateAuthors: CollectionAfterReadHook = async ({ doc, req }) => {
  const refs: AuthorRef[] = Array.isArray(doc?.authors) ? doc.authors : []
  // The key only has to be stable within this request; Payload itself passes these through unset.
  const scope = {
    fallbackLocale: req.fallbackLocale,
    locale: req.locale,
    transactionID: req.transactionID,
  } as Pick<CacheKeyArgs, 'fallbackLocale' | 'locale' | 'transactionID'>
  const users = await Promise.all(
    refs.map((ref) =>
      req.payloadDataLoader.load(
        createDataloaderCacheKey({
          ...scope,
          collectionSlug: 'users',
          currentDepth: 0,
          depth: 0,
          docID: typeof ref === 'object' ? ref.id : ref,
          draft: false,
          overrideAccess: true,
          select: { name: true },
          showHiddenFields: false,
        }),
      ),
    ),
  )
  const populatedAuthors = users.flatMap((user) =>
    user ? [{ id: user.id, name: (user as { name?: string }).name ?? '' }] : [],
  )
  return { ...doc, populatedAuthors }
}
