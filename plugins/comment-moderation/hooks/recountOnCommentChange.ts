import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { incrementApprovedCount } from '../operations/incrementApprovedCount.js'
import { storeApprovedCount } from '../operations/storeApprovedCount.js'

const articleIDOf = (doc: { article?: unknown }) =>
  typeof doc.article === 'object' && doc.article
    ? (doc.article as { id: string }).id
    : (doc.article as string)

/** Whether a comment is one of the "2 Comments" a reader sees. */
const counted = (doc: { deleted?: boolean | null; status?: string }) =>
  doc.status === 'approved' && !doc.deleted

/**
 * Keeps the article's approved-comment count exact whenever a comment appears, changes state or goes.
 * A new comment adds one, atomically, if it is approved, and touches nothing if it is held: the write path
 * every reader's post takes stays at one statement or none. A change of state is rarer and recounts.
 */
export const recountOnCommentChange =
  (options: SanitizedCommentModerationConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation === 'create') {
      if (counted(doc)) await incrementApprovedCount(req, options, articleIDOf(doc))
      return doc
    }
    const changed =
      previousDoc?.status !== doc.status || Boolean(previousDoc?.deleted) !== Boolean(doc.deleted)
    if (changed) await storeApprovedCount(req, options, articleIDOf(doc))
    return doc
  }

export const recountOnCommentDelete =
  (options: SanitizedCommentModerationConfig): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await storeApprovedCount(req, options, articleIDOf(doc))
  }
