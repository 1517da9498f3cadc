import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { ownCommentsWhere } from '../access/ownCommentsWhere.js'
import { deleteOwnComment } from '../operations/deleteOwnComment.js'
import { banFromComment } from '../operations/banFromComment.js'
import { editComment } from '../operations/editComment.js'
import { eraseComments } from '../operations/eraseComments.js'
import { exportComments } from '../operations/exportComments.js'
import { flagComment } from '../operations/flagComment.js'
import { findOne } from '../operations/findOne.js'
import { listQueue } from '../operations/listQueue.js'
import { moderateComments } from '../operations/moderateComments.js'
import { unsubscribe } from '../operations/unsubscribe.js'
import { builtInHandler } from '../../shared/builtInHandler.js'
import { parseInput } from '../../shared/parseInput.js'
import { readJSON } from '../../shared/readJSON.js'
import { refusal } from './refusal.js'
import { requireModerator } from './requireModerator.js'
import {
  banFromCommentSchema,
  editCommentSchema,
  exportQuerySchema,
  flagCommentSchema,
  moderateSchema,
  queueQuerySchema,
  unsubscribeQuerySchema,
} from './schemas.js'

/**
 * `PATCH`/`DELETE /api/comments/:id` serve the comment's author through the
 * pipeline; moderators acting on others' comments (and the admin panel, which
 * saves through the same route) get Payload's own update and delete, which the
 * collection's access rules govern. Anyone else: 404.
 */
const authorOrDefault =
  (
    options: SanitizedCommentModerationConfig,
    method: 'delete' | 'patch',
    forAuthor: PayloadHandler,
  ): PayloadHandler =>
  async (req: PayloadRequest) => {
    if (options.isModerator(req.user)) {
      const own = ownCommentsWhere(req.user, options)
      const mine =
        own &&
        (await findOne<{ id: string }>({
          collection: options.commentsSlug,
          overrideAccess: false,
          req,
          select: {},
          user: req.user,
          where: { and: [{ id: { equals: String(req.routeParams?.id) } }, own] },
        }))
      if (!mine) return builtInHandler(req, options.commentsSlug, method)(req)
    }
    return forAuthor(req)
  }

export const commentEndpoints = (options: SanitizedCommentModerationConfig): Endpoint[] => [
  {
    /** POST — `{ ids, action: approve | reject | spam | trash | restore, note? }`. Moderators only. */
    handler: async (req) => {
      requireModerator(req, options)
      const input = parseInput(moderateSchema, await readJSON(req))
      return Response.json(await moderateComments(req, options, input))
    },
    method: 'post',
    path: '/moderate',
  },
  {
    /** GET `?queue=pending|flagged|spam&limit=` — the admin's keyboard queue: full comments with context. Moderators only. */
    handler: async (req) => {
      requireModerator(req, options)
      return Response.json(await listQueue(req, options, parseInput(queueQuerySchema, req.query)))
    },
    method: 'get',
    path: '/queue',
  },
  {
    /** POST `{ scope: account | email | address, reason, days? }` — bans whoever wrote the comment. Moderators only. */
    handler: async (req) => {
      requireModerator(req, options)
      const input = parseInput(banFromCommentSchema, await readJSON(req))
      return Response.json(await banFromComment(req, options, String(req.routeParams?.id), input), {
        status: 201,
      })
    },
    method: 'post',
    path: '/:id/ban',
  },
  {
    /** GET `?email=` or `?reader=` — every comment of one person, for a data-access request. Moderators only. */
    handler: async (req) => {
      requireModerator(req, options)
      return Response.json(await exportComments(req, options, parseInput(exportQuerySchema, req.query)))
    },
    method: 'get',
    path: '/export',
  },
  {
    /** POST `{ email }` or `{ reader }` — anonymises every comment of one person; threads keep their shape. Moderators only. */
    handler: async (req) => {
      requireModerator(req, options)
      return Response.json(
        await eraseComments(req, options, parseInput(exportQuerySchema, await readJSON(req))),
      )
    },
    method: 'post',
    path: '/erase',
  },
  {
    /** GET `?token=` — the link in notification emails: stops them for this comment. The token is the authentication. */
    handler: async (req) => {
      const { token } = parseInput(unsubscribeQuerySchema, req.query)
      return Response.json(await unsubscribe(req, options, String(req.routeParams?.id), token))
    },
    method: 'get',
    path: '/:id/unsubscribe',
  },
  {
    /** POST — `{ reason: spam | abuse | off-topic | other, note? }`: once per reader, or per guest fingerprint. */
    handler: async (req) => {
      const input = parseInput(flagCommentSchema, await readJSON(req))
      return Response.json(await flagComment(req, options, String(req.routeParams?.id), input), {
        status: 201,
      })
    },
    method: 'post',
    path: '/:id/flags',
  },
  {
    /** PATCH — `{ body }`: the author edits within the edit window; the text is checked again. */
    handler: authorOrDefault(options, 'patch', async (req) => {
      const { body } = parseInput(editCommentSchema, await readJSON(req))
      const result = await editComment(req, options, String(req.routeParams?.id), body)
      if (result.kind === 'refused') return refusal(result)
      return Response.json({ id: result.comment.id, message: result.message, status: result.comment.status })
    }),
    method: 'patch',
    path: '/:id',
  },
  {
    /** DELETE — the author deletes; with replies it stays as a "deleted" placeholder. */
    handler: authorOrDefault(options, 'delete', async (req) =>
      Response.json(await deleteOwnComment(req, options, String(req.routeParams?.id))),
    ),
    method: 'delete',
    path: '/:id',
  },
]
