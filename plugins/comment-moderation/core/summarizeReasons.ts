import type { Reason } from './types.js'

const quoted = (terms: readonly string[]) => terms.map((term) => `“${term}”`).join(', ')

/** What each reason matched, in the few words a list column has room for. */
const detailOf = (reason: Reason): string | undefined => {
  switch (reason.code) {
    case 'blocked-word':
    case 'held-word':
      return reason.details && quoted(reason.details.terms)
    case 'too-many-links':
      return reason.details && `${reason.details.count} link${reason.details.count === 1 ? '' : 's'}`
    case 'new-commenter':
      return reason.details && `${reason.details.approved} of ${reason.details.required} approved`
    case 'low-trust':
      return reason.details && `${Math.round(reason.details.ratio * 100)}% rejected`
    case 'toxic':
      return reason.details && `score ${reason.details.score.toFixed(2)}`
    case 'provider-unavailable':
      return reason.details && `${reason.details.provider} ${reason.details.status}`
    default:
      return undefined
  }
}

/**
 * One line for the moderation queue: each reason code with what it matched,
 * e.g. `held-word: “affair”; new-commenter: 0 of 2 approved`.
 */
export const summarizeReasons = (reasons: null | readonly Reason[] | undefined): string =>
  (reasons ?? [])
    .map((reason) => {
      const detail = detailOf(reason)
      return detail ? `${reason.code}: ${detail}` : reason.code
    })
    .join('; ')
