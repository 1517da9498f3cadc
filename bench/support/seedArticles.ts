import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import { fetchJSON } from './fetchJSON.js'

/**
 * Publishes `count` articles through the REST API of the server at `base` (as the admin whose JWT is
 * `token`): with the demo's one, enough for a full page of `GET /api/articles?limit=10`.
 */
export const seedArticles = async (base: string, token: string, count = 11): Promise<void> => {
  for (let i = 1; i <= count; i += 1) {
    await fetchJSON(`${base}/api/articles`, {
      body: JSON.stringify({
        _status: 'published',
        content: lexicalFromBlocks([
          { text: `Section ${i}`, type: 'heading' },
          { text: 'Couples who keep talking keep growing. '.repeat(20), type: 'paragraph' },
        ]),
        excerpt: 'A benchmark article.',
        title: `Benchmark article ${i}`,
      }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
  }
}
