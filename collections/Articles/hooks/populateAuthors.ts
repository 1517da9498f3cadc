import type { CollectionAfterReadHook } from 'payload'

type AuthorRef = number | string | { id: number | string; name?: string }

/**
 * Readers may not read staff accounts (emails, roles), yet an article shows who
 * wrote it: this copies just the authors' names into `populatedAuthors`.
 */
export const populateAuthors: CollectionAfterReadHook = async ({ doc, req }) => {
  const refs: AuthorRef[] = Array.isArray(doc?.authors) ? doc.authors : []
  if (refs.length === 0) return { ...doc, populatedAuthors: [] }
  const ids = refs.map((ref) => (typeof ref === 'object' ? ref.id : ref))
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: ids } },
  })
  const names = new Map(docs.map((user) => [String(user.id), user.name]))
  return {
    ...doc,
    populatedAuthors: ids
      .filter((id) => names.has(String(id)))
      .map((id) => ({ id, name: names.get(String(id)) })),
  }
}
