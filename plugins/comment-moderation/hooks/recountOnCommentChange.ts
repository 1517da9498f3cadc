import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { storeApprovedCount } from '../operations/storeApprovedCount.js'

const articleIDOf = (doc: { article?: unknown }) =>
  typeof doc.article === 'object' && doc.article
    ? (doc.article as { id: string }).id
    : (doc.article as string)

/** Keeps the article's approved-comment count exact whenever a comment appears, changes state or goes. */
export const recountOnCommentChange =
  (options: SanitizedCommentModerationConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const changed =
      operation === 'create' ||
      previousDoc?.status !== doc.status ||
      Boolean(previousDoc?.deleted) !== Boolean(doc.deleted)
    if (changed) await storeApprovedCount(req, options, articleIDOf(doc))
    return doc
  }

export const recountOnCommentDelete =
  (options: SanitizedCommentModerationConfig): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await storeApprovedCount(req, options, articleIDOf(doc))
  }
