import React from 'react'

import type { SiteArticle } from '../articles/readArticle.js'

/** PLACEHOLDER (site-comments builds it): the article's comment thread, its form and its replies. */
export const CommentThread = ({ article }: { article: SiteArticle }) => (
  <section aria-labelledby="comments-heading" className="comments" data-article={article.slug}>
    <h2 id="comments-heading">Comments</h2>
  </section>
)
