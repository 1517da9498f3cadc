import type { CommentState, ReasonCode } from './core/index.js'

/** What a refusal's wording may name: the limit the commenter crossed, the wait, the route to use. */
export type RefusalDetails = {
  commentsPath?: string
  max?: number
  min?: number
  retryAfterSeconds?: number
  scope?: 'account' | 'address' | 'email'
}

export type RefusalEntry = {
  /** What each named input field shows beside it, when it is not the message itself. */
  fieldMessage?: string
  message: ((details: RefusalDetails) => string) | string
  status: number
}

/**
 * Every refusal the plugin answers with, as the caller reads it: the HTTP status and the message, in one
 * place so the wording and the status of a refusal are the same wherever it is raised (`CommentRefusal`).
 * Pipeline refusals say what to fix, since nothing was stored and the commenter has to act; what the
 * moderators read about a comment is `reasonMessages` (core/reasons.ts), which commenters never see.
 */
export const refusals = {
  alreadyFlagged: { message: 'You have already flagged this comment.', status: 409 },
  articleClosed: { message: 'Comments are closed on this article.', status: 403 },
  articleNotFound: { message: 'No article with that id or slug.', status: 404 },
  authorsUseEndpoints: {
    message: ({ commentsPath }) => `Edit or delete your comment with PATCH or DELETE ${commentsPath}/:id.`,
    status: 403,
  },
  banned: { message: 'You cannot comment at the moment.', status: 403 },
  commentNotFound: { message: 'No comment with that id.', status: 404 },
  duplicate: { message: 'You have already posted this comment.', status: 409 },
  editWindowOver: { message: 'Comments can only be edited shortly after posting.', status: 403 },
  guestNeedsIdentity: {
    fieldMessage: 'Required for guests.',
    message: 'Guests must give a name and an email address.',
    status: 400,
  },
  moderatorsOnly: { message: 'Only moderators may do this.', status: 403 },
  nothingToBan: {
    fieldMessage: 'Not available for this comment.',
    message: ({ scope }) =>
      `This comment has no ${scope === 'address' ? 'address fingerprint' : scope} to ban.`,
    status: 400,
  },
  notSignedIn: { message: 'Only moderators may do this.', status: 401 },
  parentNotFound: { message: 'The comment you reply to does not exist on this article.', status: 400 },
  rateLimited: {
    message: ({ retryAfterSeconds: seconds = 1 }) =>
      `You are commenting too quickly: please wait ${seconds} second${seconds === 1 ? '' : 's'}.`,
    status: 429,
  },
  replyTooDeep: {
    message: 'This thread is too deep to reply further; reply to an earlier comment instead.',
    status: 400,
  },
  tooLong: {
    message: ({ max }) => `Your comment is too long: please keep it to ${max} characters.`,
    status: 400,
  },
  tooShort: {
    message: ({ min }) => `Your comment is too short: please write at least ${min} characters.`,
    status: 400,
  },
} as const satisfies Record<string, RefusalEntry>

export type RefusalName = keyof typeof refusals

/** The refusal a pipeline decision answers with, by the reason that ended it. */
export const pipelineRefusals = {
  'article-closed': 'articleClosed',
  banned: 'banned',
  duplicate: 'duplicate',
  'rate-limited': 'rateLimited',
  'too-long': 'tooLong',
  'too-short': 'tooShort',
} as const satisfies Partial<Record<ReasonCode, RefusalName>>

/** What the plugin tells callers when it did what they asked. */
export const messages = {
  /**
   * Every stored comment that is not approved gets the same answer, whether held, marked as spam or rejected:
   * naming the rule (or admitting the comment was binned) teaches spammers and trolls how to get around it.
   */
  awaiting: 'Your comment is awaiting moderation.',
  flagged: 'Thank you: a moderator will look at this comment.',
  published: 'Your comment has been published.',
} as const

/** What to tell the commenter about a comment the pipeline stored. */
export const commenterMessage = ({ state }: { state?: CommentState }): string =>
  state === 'approved' ? messages.published : messages.awaiting
