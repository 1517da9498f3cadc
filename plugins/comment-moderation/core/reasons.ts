/**
 * Every reason code the pipeline records, with the message a moderator sees. Commenters never see
 * these (their wording is `refusals` in messages.ts): telling a spammer which rule caught them teaches them
 * to dodge it.
 */
export const reasonMessages = {
  'article-closed': 'Comments are closed on this article.',
  banned: 'The commenter is banned or suspended.',
  honeypot: 'A hidden form field that people never see was filled in, as bots do.',
  'too-short': 'The comment is shorter than the minimum length.',
  'too-long': 'The comment is longer than the maximum length.',
  'rate-limited': 'The commenter posted again too soon after their previous comment.',
  duplicate: 'The commenter recently posted the same text.',
  'blocked-word': 'The comment contains a blocked word or phrase.',
  'held-word': 'The comment contains a word or phrase that needs a moderator’s review.',
  'too-many-links': 'The comment contains more links than are published without review.',
  'new-commenter': 'The commenter has too few approved comments to publish without review.',
  'low-trust': 'Many of the commenter’s recent comments were rejected or marked as spam.',
  'spam-provider': 'The spam filter classified the comment as spam.',
  'provider-unavailable': 'A spam or toxicity check failed or timed out, so the comment waits for review.',
  toxic: 'The toxicity score is at or above the threshold.',
  'pre-moderation': 'Pre-moderation is on: every comment waits for review.',
  passed: 'The comment passed every check.',
} as const satisfies Record<string, string>

export type ReasonCode = keyof typeof reasonMessages
