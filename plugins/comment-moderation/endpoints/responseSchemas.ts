import { z } from 'zod'

import { commentStatuses } from '../fields/moderationFields.js'

/**
 * What the comment endpoints answer, for their OpenAPI description (src/openapi). The contract
 * test validates every answer against these, so a change to an operation's result that is not
 * made here fails it.
 */
const status = z.enum(commentStatuses)

/** A comment as the public sees it: no email, IP fingerprint or moderation record. */
const publicComment: z.ZodType = z.lazy(() =>
  z.object({
    author: z.object({ isStaff: z.boolean(), name: z.string() }),
    body: z.string(),
    createdAt: z.string(),
    deleted: z.boolean(),
    editedAt: z.string().nullable(),
    id: z.string(),
    parent: z.string().nullable(),
    pending: z.literal(true).optional(),
    replies: z.array(publicComment),
  }),
)

export const threadResponse = z.object({
  closed: z
    .boolean()
    .describe('No new comments or replies are taken (switched off, or past the closing date).'),
  comments: z.array(publicComment),
  hasNextPage: z.boolean(),
  limit: z.number().int(),
  page: z.number().int(),
  totalComments: z.number().int(),
  totalPages: z.number().int(),
  totalThreads: z.number().int(),
})

export const commentStateResponse = z.object({ id: z.string(), message: z.string(), status })

export const postedCommentResponse = commentStateResponse.extend({
  authorToken: z
    .string()
    .describe(
      'Proves authorship of this comment: send it in `X-Comment-Token` to see it in the thread while held.',
    ),
})

export const moderateResponse = z.object({
  notFound: z.array(z.string()),
  status,
  updated: z.array(z.string()),
})

export const queueResponse = z.object({
  items: z.array(
    z.object({
      article: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
      author: z.object({
        email: z.string().nullish().describe('A guest’s address; moderators only.'),
        kind: z.enum(['staff', 'reader', 'guest']),
        name: z.string(),
      }),
      bannable: z.array(z.enum(['account', 'email', 'address'])),
      body: z.string(),
      createdAt: z.string(),
      flags: z.array(z.object({ note: z.string().optional(), reason: z.string() })),
      history: z.object({
        activeBans: z.number().int(),
        approved: z.number().int(),
        rejected: z.number().int(),
        spam: z.number().int(),
      }),
      id: z.string(),
      parent: z.object({ author: z.string(), excerpt: z.string(), id: z.string() }).nullable(),
      status,
      why: z.string(),
    }),
  ),
  totalDocs: z.number().int(),
})

export const banResponse = z.object({
  expiresAt: z.string().nullable(),
  id: z.string(),
  target: z.enum(['account', 'ip', 'email']),
})

export const exportResponse = z.object({
  comments: z.array(z.looseObject({ body: z.string(), id: z.string(), status })),
  exportedAt: z.string(),
  total: z.number().int(),
})

export const eraseResponse = z.object({ erased: z.number().int() })

export const unsubscribeResponse = z.object({ unsubscribed: z.literal(true) })

export const flagResponse = z.object({ message: z.string() })

export const deleteResponse = z.object({ deleted: z.literal(true), placeholder: z.boolean() })
