import { defaults } from './defaults.js'
import type { Decision } from './types.js'

const awaiting = 'Your comment is awaiting moderation.'

/**
 * What to tell the commenter. Refusals say what to fix, since nothing was stored and the commenter
 * has to act. Every stored comment that is not approved gets the same answer, whether held, marked
 * as spam or rejected: naming the rule (or admitting the comment was binned) teaches spammers and
 * trolls how to get around it.
 */
export const commenterMessage = (decision: Decision): string => {
  const reason = decision.reasons.at(-1)
  if (decision.refuse && reason) {
    switch (reason.code) {
      case 'article-closed':
        return 'Comments are closed on this article.'
      case 'banned':
        return 'You cannot comment at the moment.'
      case 'too-short':
        return `Your comment is too short: please write at least ${reason.details?.min ?? defaults.minLength} characters.`
      case 'too-long':
        return `Your comment is too long: please keep it to ${reason.details?.max ?? defaults.maxLength} characters.`
      case 'rate-limited': {
        const seconds = decision.refuse.retryAfterSeconds ?? 1
        return `You are commenting too quickly: please wait ${seconds} second${seconds === 1 ? '' : 's'}.`
      }
      case 'duplicate':
        return 'You have already posted this comment.'
    }
  }
  return decision.state === 'approved' ? 'Your comment has been published.' : awaiting
}
