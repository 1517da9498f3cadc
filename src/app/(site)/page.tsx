import React from 'react'

import { ArticleCard } from '../../site/articles/ArticleCard.js'
import { siteApi } from '../../site/siteApi.js'

// Rendered per request from the API (whose read cache is cleared on every publish): never stale.
export const dynamic = 'force-dynamic'

/** The home page: the published articles, newest first, each a card (hero image, date, excerpt). */
const HomePage = async () => {
  const api = await siteApi()
  const { data } = await api.GET('/api/articles', {
    params: { query: { depth: 1, limit: 20, sort: '-publishedAt' } },
  })
  const articles = data?.docs ?? []
  return (
    <>
      <h1>Articles</h1>
      {articles.length === 0 ? <p>Nothing is published yet.</p> : null}
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
    </>
  )
}

export default HomePage
