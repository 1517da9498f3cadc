import type { Endpoint } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { listThread } from '../operations/listThread.js'
import { postComment } from '../operations/postComment.js'
import { parseInput } from '../../shared/parseInput.js'
import { readJSON } from '../../shared/readJSON.js'
import { refusal } from './refusal.js'
import { postCommentSchema, threadQuerySchema } from './schemas.js'

/** The endpoints readers use under an article: `/api/articles/:idOrSlug/comments`. */
export const articleCommentEndpoints = (options: SanitizedCommentModerationConfig): Endpoint[] => [
  {
    /**
     * GET — approved comments as threads, paginated by top-level comment (`?sort=oldest|newest&page=&limit=`).
     * Anyone who may read the article; a signed-in reader also sees their own pending comments.
     */
    handler: async (req) => {
      const query = parseInput(threadQuerySchema, req.query)
      const thread = await listThread(req, options, String(req.routeParams?.idOrSlug), query)
      return Response.json(thread)
    },
    method: 'get',
    path: '/:idOrSlug/comments',
  },
  {
    /**
     * POST — `{ body, parent?, author?: { name, email }, notifyOnReply? }`: a comment through the moderation
     * pipeline. Readers and staff comment as themselves; guests give a name and an email. 201 with the state.
     */
    handler: async (req) => {
      const input = parseInput(postCommentSchema, await readJSON(req))
      const result = await postComment(req, options, String(req.routeParams?.idOrSlug), input)
      if (result.kind === 'refused') return refusal(result)
      return Response.json(
        { id: result.comment.id, message: result.message, status: result.comment.status },
        { status: 201 },
      )
    },
    method: 'post',
    path: '/:idOrSlug/comments',
  },
]
