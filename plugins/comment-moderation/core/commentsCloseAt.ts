import { toTime } from './toTime.js'
import type { ArticleCommentSettings } from './types.js'

const dayMs = 86_400_000

/**
 * The instant comments close by age, or `undefined` when they never close by age. An unreadable
 * `publishedAt` keeps them open: refusing every comment over a bad date would be the worse failure.
 */
export const commentsCloseAt = (article: ArticleCommentSettings): number | undefined => {
  const days = article.closeCommentsAfterDays
  if (days === null || days === undefined || !Number.isFinite(days) || days < 0) return undefined
  if (article.publishedAt === null || article.publishedAt === undefined) return undefined
  const published = toTime(article.publishedAt)
  return Number.isNaN(published) ? undefined : published + days * dayMs
}
