import type { PayloadRequest } from 'payload'

import type { Decision } from '../core/index.js'
import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { decide, fingerprint, hashBody } from '../core/index.js'
import { CommentRefusal } from '../CommentRefusal.js'
import { commenterMessage } from '../messages.js'
import { giveTurnsBack } from '../store/giveTurnsBack.js'
import { claimTurns } from '../store/claimTurns.js'
import { rateLimitStoreOf } from '../store/rateLimitStoreOf.js'
import { askProviders } from './askProviders.js'
import { readFirst } from './readFirst.js'
import { commenterOf } from './commenterOf.js'
import { readArticle } from './readArticle.js'
import { readFacts } from './readFacts.js'
import { readSettings } from './readSettings.js'
import { withSystemRights } from './withSystemRights.js'
import { withTransaction } from '@kindred/plugin-shared'
import { relationID } from '@kindred/plugin-shared/core'

export type PostCommentInput = {
  author?: { email: string; name: string }
  body: string
  notifyOnReply?: boolean
  parent?: string
  website?: string
}

export type PostCommentResult = {
  comment: { id: number | string; status: string }
  kind: 'created'
  message: string
}

type ParentComment = {
  article: unknown
  depth?: number
  id: number | string
  status: string
  thread?: unknown
}

/**
 * Posts a comment on an article through the moderation pipeline: the cheap
 * checks first, the spam and toxicity providers only if those pass, then the
 * comment is stored in the state the pipeline chose, with its reasons.
 * Refusals (closed, banned, too long, too soon, duplicate) store nothing.
 */
export const postComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  articleIDOrSlug: string,
  input: PostCommentInput,
): Promise<PostCommentResult> => {
  const { payload } = req
  const article = await readArticle(req, options, caller, articleIDOrSlug)
  const commenter = commenterOf(caller, options, input.author)
  const now = new Date()

  let parent: ParentComment | undefined
  if (input.parent) {
    // Whether the parent is an approved comment on this article is public knowledge, whoever asks.
    parent = await readFirst<ParentComment>({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      where: { id: { equals: input.parent } },
    })
    const visible =
      parent && relationID(parent.article) === String(article.id) && parent.status === 'approved'
    if (!visible) throw new CommentRefusal('parentNotFound', { fields: ['parent'] })
    if ((parent!.depth ?? 0) + 1 > options.maxDepth)
      throw new CommentRefusal('replyTooDeep', { fields: ['parent'] })
  }

  const settings = await readSettings(req, options)
  const { ip } = caller
  const ipFingerprint = fingerprint({ ip: ip ?? 'unknown', secret: payload.secret })
  const store = rateLimitStoreOf(options)
  const decisionInput = {
    article,
    body: input.body,
    commenter: commenter.kind === 'guest' ? ('guest' as const) : ('reader' as const),
    honeypot: input.website,
    now,
  }
  const decisionOptions = { ...options.thresholds, ...settings }

  // The steps before the rate limit first: a comment they refuse claims no turn, so it cannot make a valid
  // comment sent at the same moment wait. Only the ban needs a fact; it is fetched when the others refuse, so that
  // a ban still answers before the length, as the step order says.
  const early = decide(decisionInput, {}, decisionOptions, { through: 'length' })
  if (early.refuse) {
    if (commenter.kind === 'staff') throw CommentRefusal.ofDecision(early)
    const facts = await readFacts({ commenter, fingerprint: ipFingerprint, now, options, req })
    throw CommentRefusal.ofDecision(decide(decisionInput, facts, decisionOptions, { through: 'length' }))
  }

  // The keys this comment claimed a turn for, and whether they were written in the comment's transaction (its
  // rollback takes them back) or not (no transaction on the embedded SQLite adapter, or a Redis store): then a
  // comment that is not stored gives them back.
  let claimedKeys: string[] = []
  let claimedInTransaction = false
  const decideWithTurns = async (): Promise<Decision> => {
    // Staff are accountable already: only the article's state and the length apply to them.
    if (commenter.kind === 'staff') return { reasons: [{ code: 'passed', step: 'end' }], state: 'approved' }
    const intervalSeconds =
      commenter.kind === 'guest'
        ? decisionOptions.guestIntervalSeconds
        : decisionOptions.readerIntervalSeconds
    // The turn is claimed first, in one atomic step per key (two processes posting for the same commenter at
    // once get one turn), and its answer is the rate-limit step's fact.
    claimedInTransaction = Boolean(store.claimsInTransaction && (await req.transactionID))
    const turns = await claimTurns(
      store,
      [commenter.key, `ip:${ipFingerprint}`],
      intervalSeconds * 1000,
      now,
      req,
    )
    claimedKeys = turns.claimedKeys
    const facts = {
      ...(await readFacts({ commenter, fingerprint: ipFingerprint, now, options, req })),
      lastCommentAt: turns.lastCommentAt,
    }
    const decision = await decideWithProviders(facts)
    if (decision.refuse || !turns.lastCommentAt) return decision
    // An earlier step ended the pipeline without refusing (the honeypot's spam): too soon still refuses.
    const retryAfterMs = intervalSeconds * 1000 - (now.getTime() - turns.lastCommentAt.getTime())
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
    return {
      reasons: [
        {
          code: 'rate-limited',
          details: { intervalSeconds, lastCommentAt: turns.lastCommentAt.toISOString(), retryAfterSeconds },
          step: 'rateLimit',
        },
      ],
      refuse: { retryAfterSeconds, status: 429 },
    }
  }
  const providersConfigured = Boolean(options.spamProvider || options.toxicityProvider)
  const decideWithProviders = async (facts: Parameters<typeof decide>[1]): Promise<Decision> => {
    // Without a provider every fact is at hand: one pass. With one, the providers (a network call) are
    // asked only when the steps before them left the comment open.
    if (!providersConfigured) return decide(decisionInput, facts, decisionOptions)
    const decided = decide(decisionInput, facts, decisionOptions, { through: 'trust' })
    if (decided.refuse || decided.state !== undefined) return decided
    const providers = await askProviders(options, {
      authorEmail: commenter.kind === 'guest' ? commenter.email : undefined,
      authorName: commenter.name,
      body: input.body,
      ip,
      userAgent: caller.userAgent,
    })
    return decide(decisionInput, { ...facts, providers }, decisionOptions)
  }

  // Nobody creates comments directly (collection access): the pipeline is the only way in, so it writes them.
  const create = (decision: Decision) =>
    payload.create({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      context: { moderation: { actor: 'rule', reasons: decision.reasons } },
      data: {
        article: article.id,
        author: {
          email: commenter.kind === 'guest' ? commenter.email : undefined,
          name: commenter.name,
          reader: commenter.kind === 'reader' ? commenter.readerID : undefined,
          staff: commenter.kind === 'staff' ? commenter.staffID : undefined,
        },
        body: input.body.trim(),
        depth: parent ? (parent.depth ?? 0) + 1 : 0,
        isStaffReply: commenter.kind === 'staff',
        moderation: {
          authorKey: commenter.key,
          bodyHash: hashBody(input.body),
          ipFingerprint,
          reasons: decision.reasons,
        },
        notifyOnReply: input.notifyOnReply ?? false,
        parent: parent?.id,
        status: decision.state,
        thread: parent ? (parent.thread ? relationID(parent.thread) : parent.id) : undefined,
      } as never,
      depth: 0,
    })
  // One transaction of our own around the turn, the comment and its article's recount (the collection hook).
  // A comment that is not stored — refused, or failed with the database busy — takes its turn back with its
  // rollback: a give-back would need a connection of its own at the very moment the pool has none to spare, and
  // a client told 503 who tries again would be refused as a flood. (The transaction therefore spans the spam and
  // toxicity providers' call when they are configured, bounded by their timeout.) A write conflict with a
  // concurrent post runs it all again.
  const { comment, decision } = await withTransaction(req, async () => {
    const decided = await decideWithTurns()
    if (decided.refuse) throw CommentRefusal.ofDecision(decided)
    return { comment: await create(decided), decision: decided }
  }).catch(async (error: unknown) => {
    if (!claimedInTransaction) await giveTurnsBack(store, claimedKeys, now, req)
    throw error
  })
  return {
    comment: { id: comment.id, status: decision.state! },
    kind: 'created',
    message: commenterMessage(decision),
  }
}
