import React from 'react'

import type { SiteArticle } from './readArticle.js'

import { PublishedDate } from './PublishedDate.js'

/**
 * Who wrote the article (populatedAuthors: names only, the users themselves are not public), when it was
 * published, and its categories.
 */
export const ArticleByline = ({ article }: { article: SiteArticle }) => {
  const authors = (article.populatedAuthors ?? []).map((author) => author.name).filter(Boolean)
  const categories = (article.categories ?? []).filter((category) => typeof category === 'object')
  return (
    <div className="article-byline">
      <p>
        {authors.length ? <>By {authors.join(', ')} · </> : null}
        <PublishedDate value={article.publishedAt} />
      </p>
      {categories.length ? (
        <ul aria-label="Categories" className="article-categories">
          {categories.map((category) => (
            <li key={category.id}>{category.title}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
