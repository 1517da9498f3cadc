import type { UIFieldServerComponent } from 'payload'

/**
 * A link from the article to its comments in the moderation list, filtered by this article.
 * Shown once the article exists: a new one has no comments yet.
 */
export const ArticleCommentsLink: UIFieldServerComponent = ({ id, payload }) => {
  if (!id) return null
  const admin = payload.config.routes.admin
  const query = `where[or][0][and][0][article][equals]=${encodeURIComponent(String(id))}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <a href={`${admin}/collections/comments?${query}`}>Comments on this article</a>
    </div>
  )
}
