import type { CommentInput, Facts } from '../../../plugins/comment-moderation/core/index.js'

export const now = new Date('2025-06-01T12:00:00.000Z')

export const secondsAgo = (seconds: number): Date => new Date(now.getTime() - seconds * 1000)

/** A comment every step lets through, so each test changes only what it is about. */
export const comment = (overrides: Partial<CommentInput> = {}): CommentInput => ({
  body: 'Thank you, this helped us talk about money without fighting.',
  commenter: 'reader',
  article: { comments: 'open', publishedAt: '2025-05-30T08:00:00.000Z', closeCommentsAfterDays: 30 },
  now,
  ...overrides,
})

/** Facts about an established commenter in good standing. */
export const trusted = (overrides: Partial<Facts> = {}): Facts => ({
  bans: [],
  lastCommentAt: secondsAgo(3600),
  recentBodies: [],
  trust: { approved: 12, recent: { approved: 5, rejected: 0, spam: 0 } },
  providers: { spam: 'ham', toxicity: 0.05 },
  ...overrides,
})
