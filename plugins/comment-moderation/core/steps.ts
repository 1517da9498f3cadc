import { commentLength } from './commentLength.js'
import { commentsCloseAt } from './commentsCloseAt.js'
import { countLinks } from './countLinks.js'
import { hashBody } from './hashBody.js'
import { isArticleClosed } from './isArticleClosed.js'
import { matchWords } from './matchWords.js'
import { normalizeText } from './normalizeText.js'
import type { StepName } from './stepOrder.js'
import { toTime } from './toTime.js'
import { toWords } from './toWords.js'
import type {
  Ban,
  CommentInput,
  CompiledWordList,
  Facts,
  Reason,
  ReasonDetails,
  Refusal,
  Thresholds,
} from './types.js'

/** One evaluation of the pipeline: what the steps read, and the reasons they have recorded so far. */
export type Run = {
  input: CommentInput
  facts: Facts
  options: Thresholds & { blockedWords?: CompiledWordList; heldWords?: CompiledWordList }
  now: number
  reasons: Reason[]
  /** `normalizeText(input.body)`, computed by the first step that needs it. */
  normalizedBody?: string
}

/** How a step ends the pipeline; a step that only holds the comment records a reason and returns nothing. */
export type Ending = { state: 'spam' | 'rejected' } | { refuse: Refusal }

export type Step = (run: Run) => Ending | undefined

const hourMs = 3_600_000

const iso = (time: number): string => new Date(time).toISOString()

const normalizedBody = (run: Run): string => (run.normalizedBody ??= normalizeText(run.input.body))

// An unreadable expiry keeps the ban: lifting a ban over a bad date would be the worse failure.
const isActive = (ban: Ban, now: number): boolean => {
  if (ban.expiresAt === null || ban.expiresAt === undefined) return true
  const expiresAt = toTime(ban.expiresAt)
  return Number.isNaN(expiresAt) || expiresAt > now
}

const describeBan = (ban: Ban): ReasonDetails['banned']['bans'][number] => {
  const expiresAt = ban.expiresAt === null || ban.expiresAt === undefined ? NaN : toTime(ban.expiresAt)
  return {
    ...(ban.id === undefined ? {} : { id: ban.id }),
    kind: ban.kind,
    matchedOn: ban.matchedOn,
    ...(ban.reason ? { reason: ban.reason } : {}),
    expiresAt: Number.isNaN(expiresAt) ? null : iso(expiresAt),
  }
}

// Words are split only when a list has terms to look for.
const matchList = (list: CompiledWordList | undefined, words: () => string[]): string[] =>
  list && list.size > 0 ? matchWords(words(), list) : []

export const steps: Readonly<Record<StepName, Step>> = {
  articleClosed: (run) => {
    const { article } = run.input
    if (!isArticleClosed(article, run.now)) return undefined
    const closesAt = commentsCloseAt(article)
    run.reasons.push({
      code: 'article-closed',
      step: 'articleClosed',
      details:
        article.comments === 'closed' || closesAt === undefined
          ? { cause: 'comments-closed' }
          : {
              cause: 'age',
              closedAt: iso(closesAt),
              closeCommentsAfterDays: article.closeCommentsAfterDays ?? 0,
            },
    })
    return { refuse: { status: 403 } }
  },

  banned: (run) => {
    const active = (run.facts.bans ?? []).filter((ban) => isActive(ban, run.now))
    if (active.length === 0) return undefined
    run.reasons.push({ code: 'banned', step: 'banned', details: { bans: active.map(describeBan) } })
    return { refuse: { status: 403 } }
  },

  honeypot: (run) => {
    const value = run.input.honeypot?.trim()
    if (!value) return undefined
    run.reasons.push({ code: 'honeypot', step: 'honeypot', details: { value: value.slice(0, 200) } })
    return { state: 'spam' }
  },

  length: (run) => {
    const { minLength: min, maxLength: max } = run.options
    const length = commentLength(run.input.body)
    if (length < min) {
      run.reasons.push({ code: 'too-short', step: 'length', details: { length, min } })
      return { refuse: { status: 400 } }
    }
    if (length > max) {
      run.reasons.push({ code: 'too-long', step: 'length', details: { length, max } })
      return { refuse: { status: 400 } }
    }
    return undefined
  },

  rateLimit: (run) => {
    const { lastCommentAt } = run.facts
    if (lastCommentAt === null || lastCommentAt === undefined) return undefined
    const last = toTime(lastCommentAt)
    // An unreadable date proves no flood; refusing on it would lock the commenter out for good.
    if (Number.isNaN(last)) return undefined
    const intervalSeconds =
      run.input.commenter === 'guest' ? run.options.guestIntervalSeconds : run.options.readerIntervalSeconds
    // A previous comment dated in the future (clock skew) counts as just now, not as a longer wait.
    const waitMs = intervalSeconds * 1000 - Math.max(0, run.now - last)
    if (waitMs <= 0) return undefined
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000))
    run.reasons.push({
      code: 'rate-limited',
      step: 'rateLimit',
      details: { retryAfterSeconds, intervalSeconds, lastCommentAt: iso(last) },
    })
    return { refuse: { status: 429, retryAfterSeconds } }
  },

  duplicate: (run) => {
    const recent = run.facts.recentBodies
    if (!recent || recent.length === 0) return undefined
    const hash = hashBody(normalizedBody(run), true)
    const windowMs = run.options.duplicateWindowHours * hourMs
    let previous = -Infinity
    for (const body of recent) {
      if (body.hash !== hash) continue
      const at = toTime(body.at)
      if (run.now - at < windowMs && at > previous) previous = at
    }
    if (previous === -Infinity) return undefined
    run.reasons.push({
      code: 'duplicate',
      step: 'duplicate',
      details: { previousAt: iso(previous), windowHours: run.options.duplicateWindowHours },
    })
    return { refuse: { status: 409 } }
  },

  words: (run) => {
    let words: string[] | undefined
    const getWords = (): string[] => (words ??= toWords(normalizedBody(run), true))
    const blocked = matchList(run.options.blockedWords, getWords)
    if (blocked.length > 0) {
      run.reasons.push({ code: 'blocked-word', step: 'words', details: { terms: blocked } })
      return { state: 'rejected' }
    }
    const held = matchList(run.options.heldWords, getWords)
    if (held.length > 0) run.reasons.push({ code: 'held-word', step: 'words', details: { terms: held } })
    return undefined
  },

  links: (run) => {
    const limit =
      run.input.commenter === 'guest' ? run.options.guestLinksToHold : run.options.readerLinksToHold
    const count = countLinks(normalizedBody(run), true)
    if (count > 0 && count >= limit) {
      run.reasons.push({ code: 'too-many-links', step: 'links', details: { count, limit } })
    }
    return undefined
  },

  trust: (run) => {
    const { trust } = run.facts
    const approved = trust?.approved ?? 0
    if (approved < run.options.minApprovedComments) {
      run.reasons.push({
        code: 'new-commenter',
        step: 'trust',
        details: { approved, required: run.options.minApprovedComments },
      })
    }
    if (!trust) return undefined
    const { rejected, spam } = trust.recent
    const decided = trust.recent.approved + rejected + spam
    if (decided <= 0) return undefined
    const ratio = (rejected + spam) / decided
    if (ratio >= run.options.lowTrustRatio) {
      run.reasons.push({
        code: 'low-trust',
        step: 'trust',
        details: { ratio, threshold: run.options.lowTrustRatio, rejected, spam, decided },
      })
    }
    return undefined
  },

  providers: (run) => {
    const { spam = 'off', toxicity = 'off' } = run.facts.providers ?? {}
    if (spam === 'spam') {
      run.reasons.push({ code: 'spam-provider', step: 'providers', details: { verdict: 'spam' } })
      return { state: 'spam' }
    }
    // A check that did not answer cannot vouch for the comment, so it waits for a person.
    if (spam === 'error' || spam === 'timeout') {
      run.reasons.push({
        code: 'provider-unavailable',
        step: 'providers',
        details: { provider: 'spam', status: spam },
      })
    }
    if (typeof toxicity === 'number') {
      const threshold = run.options.toxicityThreshold
      if (!Number.isFinite(toxicity)) {
        run.reasons.push({
          code: 'provider-unavailable',
          step: 'providers',
          details: { provider: 'toxicity', status: 'error' },
        })
      } else if (toxicity >= threshold) {
        run.reasons.push({ code: 'toxic', step: 'providers', details: { score: toxicity, threshold } })
      }
    } else if (toxicity === 'error' || toxicity === 'timeout') {
      run.reasons.push({
        code: 'provider-unavailable',
        step: 'providers',
        details: { provider: 'toxicity', status: toxicity },
      })
    }
    return undefined
  },

  preModeration: (run) => {
    if (run.options.preModeration) run.reasons.push({ code: 'pre-moderation', step: 'preModeration' })
    return undefined
  },
}
