import type { FieldAccess } from 'payload'

import { relationID } from '@kindred/plugin-shared/core'

type Authored = { author?: { reader?: unknown; staff?: unknown }; id: number | string }

/**
 * What a comment says and who wrote it belong to its author: moderators change
 * its status, never its words or its byline. Guests have no account to prove
 * authorship with; erasure and placeholders are written with system rights.
 */
export const authorOnly: FieldAccess<Authored> = ({ doc, req: { user } }) => {
  if (!user || !doc) return false
  const authorID = relationID(user.collection === 'readers' ? doc.author?.reader : doc.author?.staff)
  return authorID !== undefined && authorID === String(user.id)
}
