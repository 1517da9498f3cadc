import type { ReasonCode } from './reasons.js'
import type { StepName } from './stepOrder.js'

/** Dates arrive as `Date`s, epoch milliseconds or ISO strings (as Payload stores them). */
export type DateLike = Date | number | string

export type CommenterKind = 'guest' | 'reader'

export type CommentState = 'approved' | 'pending' | 'spam' | 'rejected'

export type ArticleCommentSettings = {
  comments?: 'open' | 'closed'
  /** Unset for articles that have never been published: their comments cannot close by age. */
  publishedAt?: DateLike | null
  /** Comments close this many days after `publishedAt`; unset keeps them open. */
  closeCommentsAfterDays?: number | null
}

export type CommentInput = {
  body: string
  /** The hidden form field; people leave it empty, form-filling bots do not. */
  honeypot?: string | null
  commenter: CommenterKind
  article: ArticleCommentSettings
  /** Passed in rather than read from the clock so a decision can be replayed and tested. */
  now: DateLike
}

/** A ban or suspension the caller found for the commenter's account, email or IP fingerprint. */
export type Ban = {
  id?: string
  kind: 'ban' | 'suspension'
  matchedOn: 'account' | 'email' | 'ip'
  reason?: string | null
  /** Unset for permanent bans. */
  expiresAt?: DateLike | null
}

export type RecentBody = {
  /** `hashBody` of the earlier comment. */
  hash: string
  at: DateLike
}

export type TrustCounts = {
  /** Approved comments, ever. */
  approved: number
  /** Decisions on the commenter's comments within `trustWindowDays`. */
  recent: { approved: number; rejected: number; spam: number }
}

export type ProviderFailure = 'error' | 'timeout'

export type SpamVerdict = 'spam' | 'ham' | ProviderFailure | 'off'

/** A toxicity score from 0 (harmless) to 1. */
export type ToxicityVerdict = number | ProviderFailure | 'off'

/**
 * What `decide` knows about the world beyond the comment. Every field is optional so a caller can
 * fetch only what the steps it runs need; a missing fact means "nothing known":
 * no bans, no previous comment, no recent bodies, no approved comments, providers off.
 */
export type Facts = {
  bans?: readonly Ban[]
  lastCommentAt?: DateLike | null
  recentBodies?: readonly RecentBody[]
  trust?: TrustCounts
  providers?: { spam?: SpamVerdict; toxicity?: ToxicityVerdict }
}

export type Thresholds = {
  minLength: number
  maxLength: number
  guestIntervalSeconds: number
  readerIntervalSeconds: number
  duplicateWindowHours: number
  readerLinksToHold: number
  guestLinksToHold: number
  minApprovedComments: number
  lowTrustRatio: number
  trustWindowDays: number
  toxicityThreshold: number
  preModeration: boolean
}

/** A word list prepared once by `compileWordList`: a trie of normalized words. */
export type CompiledWordList = {
  readonly size: number
  readonly root: ReadonlyMap<string, WordNode>
}

export type WordNode = {
  /** The term as configured, when a term ends at this word. */
  readonly term?: string
  readonly next?: ReadonlyMap<string, WordNode>
}

export type ModerationOptions = Partial<Thresholds> & {
  blockedWords?: CompiledWordList
  heldWords?: CompiledWordList
}

export type RunOptions = {
  /** Stop after this step. Used to run the cheap steps before fetching the facts later steps need. */
  through?: StepName
}

/** Dates in details are ISO strings so a decision can be stored as JSON as it is. */
export type ReasonDetails = {
  'article-closed':
    { cause: 'comments-closed' } | { cause: 'age'; closedAt: string; closeCommentsAfterDays: number }
  banned: {
    bans: {
      id?: string
      kind: Ban['kind']
      matchedOn: Ban['matchedOn']
      reason?: string
      expiresAt: string | null
    }[]
  }
  honeypot: { value: string }
  'too-short': { length: number; min: number }
  'too-long': { length: number; max: number }
  'rate-limited': { retryAfterSeconds: number; intervalSeconds: number; lastCommentAt: string }
  duplicate: { previousAt: string; windowHours: number }
  'blocked-word': { terms: string[] }
  'held-word': { terms: string[] }
  'too-many-links': { count: number; limit: number }
  'new-commenter': { approved: number; required: number }
  'low-trust': { ratio: number; threshold: number; rejected: number; spam: number; decided: number }
  'spam-provider': { verdict: 'spam' }
  'provider-unavailable': { provider: 'spam' | 'toxicity'; status: ProviderFailure }
  toxic: { score: number; threshold: number }
  'pre-moderation': undefined
  passed: undefined
}

/** `end` marks the `passed` reason, which no single step records. */
export type ReasonStep = StepName | 'end'

export type Reason = {
  [C in ReasonCode]: { code: C; step: ReasonStep; details?: ReasonDetails[C] }
}[ReasonCode]

export type Refusal = {
  status: 400 | 403 | 409 | 429
  retryAfterSeconds?: number
}

/**
 * Exactly one of `state` (store the comment in this state) and `refuse` (do not store it; answer
 * with this HTTP status) is set, except after a run stopped early by `through` without any step
 * ending it: then neither is set and `reasons` holds the pending reasons so far.
 */
export type Decision = {
  state?: CommentState
  refuse?: Refusal
  reasons: Reason[]
}
