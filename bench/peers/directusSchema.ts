import { fetchJSON } from '../support/fetchJSON.js'
import { peerArticles } from './peerArticles.js'

const id = { field: 'id', schema: { has_auto_increment: true, is_primary_key: true }, type: 'integer' }
const fields = (...named: [name: string, type: string][]) => [
  id,
  ...named.map(([field, type]) => ({ field, type })),
]

/**
 * Through Directus's REST API as the admin (`token`): the articles and comments collections (content,
 * author name, email, article relation), the public policy's read of published articles and create
 * of comments, and the peers' articles, published. Returns the articles' ids.
 */
export const directusSchema = async (base: string, token: string): Promise<number[]> => {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const call = (route: string, body: unknown) =>
    fetchJSON(`${base}${route}`, { body: JSON.stringify(body), headers, method: 'POST' })
  await call('/collections', {
    collection: 'articles',
    fields: fields(
      ['status', 'string'],
      ['title', 'string'],
      ['slug', 'string'],
      ['excerpt', 'text'],
      ['body', 'text'],
    ),
    meta: {},
    schema: {},
  })
  await call('/collections', {
    collection: 'comments',
    fields: fields(
      ['content', 'text'],
      ['author_name', 'string'],
      ['author_email', 'string'],
      ['article', 'integer'],
    ),
    meta: {},
    schema: {},
  })
  await call('/relations', { collection: 'comments', field: 'article', related_collection: 'articles' })
  const { data: policies } = await fetchJSON(`${base}/policies?filter[name][_eq]=$t:public_label&fields=id`, {
    headers,
  })
  const policy = policies[0].id
  await call('/permissions', [
    {
      action: 'read',
      collection: 'articles',
      fields: ['*'],
      permissions: { status: { _eq: 'published' } },
      policy,
    },
    { action: 'create', collection: 'comments', fields: ['*'], policy },
  ])
  const { data: articles } = await call(
    '/items/articles',
    peerArticles().map(({ excerpt, paragraphs, slug, title }) => ({
      body: paragraphs.join('\n\n'),
      excerpt,
      slug,
      status: 'published',
      title,
    })),
  )
  return articles.map((article: { id: number }) => article.id)
}
