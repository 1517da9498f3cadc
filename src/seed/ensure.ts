import type { CollectionSlug, Payload, Where } from 'payload'

/** Finds the document matching `where` or creates it, so the seed can run again safely. */
export const ensure = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  extra: { disableVerificationEmail?: boolean } = {},
): Promise<{ id: number | string }> => {
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, where })
  if (docs[0]) return docs[0]
  return payload.create({ collection, data: data as never, overrideAccess: true, ...extra })
}
