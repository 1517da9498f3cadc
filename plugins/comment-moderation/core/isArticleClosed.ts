import { commentsCloseAt } from './commentsCloseAt.js'
import { toTime } from './toTime.js'
import type { ArticleCommentSettings, DateLike } from './types.js'

/** Closed when switched off, or from the instant `closeCommentsAfterDays` have passed since publishing. */
export const isArticleClosed = (article: ArticleCommentSettings, now: DateLike): boolean => {
  if (article.comments === 'closed') return true
  const closesAt = commentsCloseAt(article)
  return closesAt !== undefined && toTime(now) >= closesAt
}
