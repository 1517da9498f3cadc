import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { ownCommentsWhere } from '../access/ownCommentsWhere.js'
import { deleteOwnComment } from '../operations/deleteOwnComment.js'
import { banFromComment } from '../operations/banFromComment.js'
import { editComment } from '../operations/editComment.js'
import { eraseComments } from '../operations/eraseComments.js'
import { getExport } from '../operations/getExport.js'
import { flagComment } from '../operations/flagComment.js'
import { readFirst } from '../operations/readFirst.js'
import { getQueue } from '../operations/getQueue.js'
import { moderateComments } from '../operations/moderateComments.js'
import { unsubscribe } from '../operations/unsubscribe.js'
import { withCallerRights } from '../operations/withCallerRights.js'
import { builtInHandler, documented, errorResponses, parseInput, readJSON } from '@kindred/plugin-shared'
import { callerOf } from './callerOf.js'
import { answerRefusals } from './answerRefusals.js'
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
import {
  banResponse,
  commentStateResponse,
  deleteResponse,
  eraseResponse,
  exportResponse,
  flagResponse,
  moderateResponse,
  queueResponse,
  unsubscribeResponse,
} from './responseSchemas.js'

const idParam = { id: 'The comment’s id.' }

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
    forAuthor: (req: PayloadRequest, caller: Caller) => Promise<Response>,
  ): PayloadHandler =>
  async (req: PayloadRequest) => {
    const caller = callerOf(req, options)
    if (options.isModerator(caller.user)) {
      const own = ownCommentsWhere(caller.user, options)
      const mine =
        own &&
        (await readFirst<{ id: string }>({
          ...withCallerRights(req, caller),
          collection: options.commentsSlug,
          select: {},
          where: { and: [{ id: { equals: String(req.routeParams?.id) } }, own] },
        }))
      if (!mine) return builtInHandler(req, options.commentsSlug, method)(req)
    }
    return forAuthor(req, caller)
  }

const endpoints = (options: SanitizedCommentModerationConfig): Endpoint[] => [
  {
    /** POST — `{ ids, action: approve | reject | spam | trash | restore, note? }`. Moderators only. */
    handler: async (req) => {
      const caller = callerOf(req, options)
      requireModerator(caller, options)
      const input = parseInput(moderateSchema, await readJSON(req))
      return Response.json(await moderateComments(req, options, caller, input))
    },
    method: 'post',
    path: '/moderate',
    custom: documented({
      body: moderateSchema,
      responses: {
        200: { description: 'What was moved, and ids not found.', schema: moderateResponse },
        ...errorResponses(400, 401, 403),
      },
      security: ['jwt'],
      summary: 'Approve, reject, mark as spam, trash or restore comments (moderators)',
      tags: ['Moderation'],
    }),
  },
  {
    /** GET `?queue=pending|flagged|spam&limit=` — the admin's keyboard queue: full comments with context. Moderators only. */
    handler: async (req) => {
      const caller = callerOf(req, options)
      requireModerator(caller, options)
      return Response.json(await getQueue(req, options, caller, parseInput(queueQuerySchema, req.query)))
    },
    method: 'get',
    path: '/queue',
    custom: documented({
      query: queueQuerySchema,
      responses: {
        200: { description: 'The queue.', schema: queueResponse },
        ...errorResponses(400, 401, 403),
      },
      security: ['jwt'],
      summary: 'The moderation queue (moderators)',
      tags: ['Moderation'],
    }),
  },
  {
    /** POST `{ scope: account | email | address, reason, days? }` — bans whoever wrote the comment. Moderators only. */
    handler: async (req) => {
      const caller = callerOf(req, options)
      requireModerator(caller, options)
      const input = parseInput(banFromCommentSchema, await readJSON(req))
      return Response.json(await banFromComment(req, options, caller, String(req.routeParams?.id), input), {
        status: 201,
      })
    },
    method: 'post',
    path: '/:id/ban',
    custom: documented({
      body: banFromCommentSchema,
      params: idParam,
      responses: {
        201: { description: 'The ban.', schema: banResponse },
        ...errorResponses(400, 401, 403, 404),
      },
      security: ['jwt'],
      summary: 'Ban or suspend whoever wrote a comment (moderators)',
      tags: ['Moderation'],
    }),
  },
  {
    /** GET `?email=` or `?reader=` — every comment of one person, for a data-access request. Moderators only. */
    handler: async (req) => {
      const caller = callerOf(req, options)
      requireModerator(caller, options)
      return Response.json(await getExport(req, options, caller, parseInput(exportQuerySchema, req.query)))
    },
    method: 'get',
    path: '/export',
    custom: documented({
      query: exportQuerySchema,
      responses: {
        200: { description: 'Every comment of the person.', schema: exportResponse },
        ...errorResponses(400, 401, 403),
      },
      security: ['jwt'],
      summary: 'Export one person’s comments (moderators)',
      tags: ['Moderation'],
    }),
  },
  {
    /** POST `{ email }` or `{ reader }` — anonymises every comment of one person; threads keep their shape. Moderators only. */
    handler: async (req) => {
      const caller = callerOf(req, options)
      requireModerator(caller, options)
      return Response.json(
        await eraseComments(req, options, caller, parseInput(exportQuerySchema, await readJSON(req))),
      )
    },
    method: 'post',
    path: '/erase',
    custom: documented({
      body: exportQuerySchema,
      responses: {
        200: { description: 'How many were anonymised.', schema: eraseResponse },
        ...errorResponses(400, 401, 403),
      },
      security: ['jwt'],
      summary: 'Anonymise one person’s comments (moderators)',
      tags: ['Moderation'],
    }),
  },
  {
    /** GET `?token=` — the link in notification emails: stops them for this comment. The token is the authentication. */
    handler: async (req) => {
      const { token } = parseInput(unsubscribeQuerySchema, req.query)
      return Response.json(await unsubscribe(req, options, String(req.routeParams?.id), token))
    },
    method: 'get',
    path: '/:id/unsubscribe',
    custom: documented({
      params: idParam,
      query: unsubscribeQuerySchema,
      responses: {
        200: { description: 'Unsubscribed.', schema: unsubscribeResponse },
        ...errorResponses(400, 404),
      },
      summary: 'Stop reply notifications for a comment (the emailed link)',
      tags: ['Comments'],
    }),
  },
  {
    /** POST — `{ reason: spam | abuse | off-topic | other, note? }`: once per reader, or per guest fingerprint. */
    handler: async (req) => {
      const input = parseInput(flagCommentSchema, await readJSON(req))
      const caller = callerOf(req, options)
      return Response.json(await flagComment(req, options, caller, String(req.routeParams?.id), input), {
        status: 201,
      })
    },
    method: 'post',
    path: '/:id/flags',
    custom: documented({
      body: flagCommentSchema,
      params: idParam,
      responses: {
        201: { description: 'Flagged.', schema: flagResponse },
        ...errorResponses(400, 404, 409, 429),
      },
      security: ['jwt'],
      summary: 'Flag a comment',
      tags: ['Flags'],
    }),
  },
  {
    /** PATCH — `{ body }`: the author edits within the edit window; the text is checked again. */
    handler: authorOrDefault(options, 'patch', async (req, caller) => {
      const { body } = parseInput(editCommentSchema, await readJSON(req))
      return Response.json(await editComment(req, options, caller, String(req.routeParams?.id), body))
    }),
    method: 'patch',
    path: '/:id',
    custom: documented({
      body: editCommentSchema,
      params: idParam,
      responses: {
        200: { description: 'Edited; `status` as after a new check.', schema: commentStateResponse },
        ...errorResponses(400, 403, 404, 429),
      },
      security: ['jwt'],
      summary: 'Edit one’s own comment',
      tags: ['Comments'],
    }),
  },
  {
    /** DELETE — the author deletes; with replies it stays as a "deleted" placeholder. */
    handler: authorOrDefault(options, 'delete', async (req, caller) =>
      Response.json(await deleteOwnComment(req, options, caller, String(req.routeParams?.id))),
    ),
    method: 'delete',
    path: '/:id',
    custom: documented({
      params: idParam,
      responses: { 200: { description: 'Deleted.', schema: deleteResponse }, ...errorResponses(403, 404) },
      security: ['jwt'],
      summary: 'Delete one’s own comment',
      tags: ['Comments'],
    }),
  },
]

/** The comment endpoints, each answering a thrown refusal with its headers. */
export const commentEndpoints = (options: SanitizedCommentModerationConfig): Endpoint[] =>
  answerRefusals(endpoints(options))
