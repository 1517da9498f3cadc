import type { Endpoint } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { authorToken } from '../core/index.js'
import { getThread } from '../operations/getThread.js'
import { postComment } from '../operations/postComment.js'
import { documented, errorResponses, parseInput, readJSON } from '@kindred/plugin-shared'
import { answerRefusals } from './answerRefusals.js'
import { callerOf } from './callerOf.js'
import { postCommentSchema, threadQuerySchema } from './schemas.js'
import { postedCommentResponse, threadResponse } from './responseSchemas.js'

const idOrSlug = { idOrSlug: 'The article’s id or slug.' }

/** The endpoints readers use under an article: `/api/articles/:idOrSlug/comments`. */
const endpoints = (options: SanitizedCommentModerationConfig): Endpoint[] => [
  {
    /**
     * GET — approved comments as threads, paginated by top-level comment (`?sort=oldest|newest&page=&limit=`).
     * Anyone who may read the article; a signed-in reader also sees their own pending comments, and anyone
     * the held comments whose author tokens they send in `X-Comment-Token`.
     */
    handler: async (req) => {
      const query = parseInput(threadQuerySchema, req.query)
      const thread = await getThread(
        req,
        options,
        callerOf(req, options),
        String(req.routeParams?.idOrSlug),
        query,
      )
      return Response.json(thread)
    },
    method: 'get',
    path: '/:idOrSlug/comments',
    custom: documented({
      params: idOrSlug,
      query: threadQuerySchema,
      responses: {
        200: { description: 'A page of threads.', schema: threadResponse },
        ...errorResponses(400, 404),
      },
      description:
        'Approved comments. A signed-in reader also gets their own held comments, and a guest the held comments ' +
        'whose `authorToken`s (from posting them) they send, comma-separated, in `X-Comment-Token`; held ones are ' +
        'marked `pending`.',
      security: ['jwt', 'commentToken'],
      summary: 'The comment threads under an article',
      tags: ['Comments'],
    }),
  },
  {
    /**
     * POST — `{ body, parent?, author?: { name, email }, notifyOnReply? }`: a comment through the moderation
     * pipeline. Readers and staff comment as themselves; guests give a name and an email. 201 with the state and
     * the author token that lets a guest read it while it is held.
     */
    handler: async (req) => {
      const input = parseInput(postCommentSchema, await readJSON(req))
      const caller = callerOf(req, options)
      const result = await postComment(req, options, caller, String(req.routeParams?.idOrSlug), input)
      return Response.json(
        {
          authorToken: authorToken(req.payload.secret, result.comment.id),
          id: result.comment.id,
          message: result.message,
          status: result.comment.status,
        },
        { status: 201 },
      )
    },
    method: 'post',
    path: '/:idOrSlug/comments',
    custom: documented({
      body: postCommentSchema,
      description:
        'Readers and staff comment as themselves; guests give `author`. Leave `website` empty: it is a honeypot.',
      params: idOrSlug,
      responses: {
        201: {
          description: 'Stored; `status` says whether it awaits moderation.',
          schema: postedCommentResponse,
        },
        ...errorResponses(400, 403, 404, 409, 429),
      },
      security: ['jwt'],
      summary: 'Post a comment or a reply',
      tags: ['Comments'],
    }),
  },
]

/** The article's comment endpoints, each answering a thrown refusal with its headers. */
export const articleCommentEndpoints = (options: SanitizedCommentModerationConfig): Endpoint[] =>
  answerRefusals(endpoints(options))
