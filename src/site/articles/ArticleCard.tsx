import React from 'react'

import type { SiteArticle } from './readArticle.js'

import { MediaImage } from './MediaImage.js'
import { PublishedDate } from './PublishedDate.js'

/** An article in the home page's list: its hero image, title (the link), date and excerpt. */
export const ArticleCard = ({ article }: { article: SiteArticle }) => (
  <article className="article-card">
    <MediaImage
      className="article-card-image"
      media={article.heroImage}
      sizes="(max-width: 44rem) 100vw, 14rem"
    />
    <div>
      <h2>
        <a href={`/articles/${encodeURIComponent(article.slug ?? '')}`}>{article.title}</a>
      </h2>
      <p className="article-date">
        <PublishedDate value={article.publishedAt} />
      </p>
      {article.excerpt ? <p>{article.excerpt}</p> : null}
    </div>
  </article>
)
