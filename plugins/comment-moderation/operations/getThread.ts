import type { PayloadRequest, Where } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { isArticleClosed } from '../core/index.js'
import { heldByAuthorTokenWhere } from '../access/heldByAuthorTokenWhere.js'
import { ownCommentsWhere } from '../access/ownCommentsWhere.js'
import { readArticle } from './readArticle.js'
import { readPage } from './readPage.js'
import { relationID } from '@kindred/plugin-shared/core'

type StoredComment = {
  author?: { name?: string }
  body: string
  createdAt: string
  deleted?: boolean
  editedAt?: null | string
  id: number | string
  isStaffReply?: boolean
  parent?: unknown
  status: string
}

/** A comment as the public sees it: no email, IP fingerprint or moderation record. */
export type PublicComment = {
  author: { isStaff: boolean; name: string }
  body: string
  createdAt: string
  deleted: boolean
  editedAt: null | string
  id: string
  parent: null | string
  pending?: true
  replies: PublicComment[]
}

const toPublic = (doc: StoredComment): PublicComment => ({
  author: doc.deleted
    ? { isStaff: false, name: '' }
    : { isStaff: Boolean(doc.isStaffReply), name: doc.author?.name ?? '' },
  body: doc.deleted ? '' : doc.body,
  createdAt: doc.createdAt,
  deleted: Boolean(doc.deleted),
  editedAt: doc.editedAt ?? null,
  id: String(doc.id),
  parent: relationID(doc.parent) ?? null,
  ...(doc.status === 'pending' ? { pending: true as const } : {}),
  replies: [],
})

// Only what `toPublic` reads.
const select = {
  author: { name: true },
  body: true,
  createdAt: true,
  deleted: true,
  editedAt: true,
  isStaffReply: true,
  parent: true,
  status: true,
} as const

/**
 * An article's comments as threads, paginated by top-level comment: one page
 * of roots, then every visible reply of those roots in one query (replies
 * know their root), so the cost follows the page, not the article's size.
 * Readers also see their own pending comments, marked pending.
 */
export const getThread = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  articleIDOrSlug: string,
  query: { limit: number; page: number; sort: 'newest' | 'oldest' },
) => {
  const article = await readArticle(req, options, caller, articleIDOrSlug)
  // Approved comments, and the caller's own held ones: by their session (the collection's rule of authorship)
  // or, for a guest, by author token (the collection's read rule for held comments).
  const ownHeld = ownCommentsWhere(caller.user, options)
  const own = [
    ownHeld && { and: [ownHeld, { status: { equals: 'pending' } }] },
    heldByAuthorTokenWhere(req),
  ].filter((where): where is Where => where !== false)
  const visible: Where = own.length
    ? { or: [{ status: { equals: 'approved' } }, ...own] }
    : { status: { equals: 'approved' } }
  // The public thread is a projection the collection's access cannot express: approved comments (and the
  // caller's own held ones) of anyone, with only the fields `toPublic` keeps, which it maps itself. So its
  // rows come from the database adapter (readPage, db.find), without Payload's access, hooks or field
  // traversal: none of them applies to the public projection, and each costs time per comment.
  const roots = await readPage<StoredComment>(req, {
    collection: options.commentsSlug,
    limit: query.limit,
    page: query.page,
    select,
    sort: query.sort === 'newest' ? '-createdAt' : 'createdAt',
    where: { and: [{ article: { equals: article.id } }, { depth: { equals: 0 } }, visible] },
  })
  const rootIDs = roots.docs.map((doc) => doc.id)
  const replies = rootIDs.length
    ? await req.payload.db.find({
        collection: options.commentsSlug,
        limit: 0,
        pagination: false,
        req,
        select,
        sort: 'createdAt',
        where: { and: [{ thread: { in: rootIDs } }, visible] },
      })
    : { docs: [] }

  const nodes = new Map<string, PublicComment>()
  const threads = roots.docs.map((doc) => {
    const node = toPublic(doc)
    nodes.set(node.id, node)
    return node
  })
  for (const doc of replies.docs as unknown as StoredComment[]) nodes.set(String(doc.id), toPublic(doc))
  for (const doc of replies.docs as unknown as StoredComment[]) {
    // A reply whose parent is hidden (pending, spam) is not shown either: it would answer nothing.
    nodes.get(relationID(doc.parent) ?? '')?.replies.push(nodes.get(String(doc.id))!)
  }
  return {
    closed: isArticleClosed(article, new Date()),
    comments: threads,
    hasNextPage: roots.hasNextPage,
    limit: query.limit,
    page: roots.page,
    totalComments: article.commentCount ?? 0,
    totalPages: roots.totalPages,
    totalThreads: roots.totalDocs,
  }
}
