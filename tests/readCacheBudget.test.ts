import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ConfigError } from '../src/ConfigError.js'
import { cacheMaxBytesSetting } from '../src/http/cacheMaxBytesSetting.js'
import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'
import { createArticle } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

describe('the read cache under its byte budget (API_CACHE_MAX_MB)', () => {
  // 0.02 MB (20,971 bytes): two of the articles below (about 8 KB each as JSON, with their headers) fit, three do not.
  let small: Kindred
  beforeAll(async () => {
    small = await bootKindred({ API_CACHE_MAX_MB: '0.02' })
  })
  afterAll(async () => {
    await small.close()
  })
  const withText = (characters: number) =>
    createArticle(small.payload, { title: `${characters} characters` }).then((article) =>
      small.payload.update({
        collection: 'articles',
        data: { content: lexicalFromBlocks([{ text: 'x'.repeat(characters), type: 'paragraph' }]) } as never,
        id: article.id,
        overrideAccess: true,
      }),
    )
  const cacheOf = async (id: number | string) => {
    const res = await small.request.get(`/api/articles/${id}?depth=0`)
    expect(res.status).toBe(200)
    return res.headers['x-cache']
  }

  it('drops the oldest answers once their bytes exceed the budget, so a few large reads cannot fill memory', async () => {
    // Written first: every write clears the cache.
    const [first, second, third] = [await withText(7000), await withText(7000), await withText(7000)]
    expect([await cacheOf(first.id), await cacheOf(second.id)]).toEqual(['miss', 'miss'])
    expect([await cacheOf(first.id), await cacheOf(second.id)]).toEqual(['hit', 'hit'])
    expect(await cacheOf(third.id)).toBe('miss')
    // The third did not fit beside both: the oldest made room; the newer two stay.
    expect([await cacheOf(second.id), await cacheOf(third.id)]).toEqual(['hit', 'hit'])
    expect(await cacheOf(first.id)).toBe('miss')
  })

  it('never keeps an answer larger than the whole budget', async () => {
    const large = await withText(30_000)
    expect([await cacheOf(large.id), await cacheOf(large.id)]).toEqual(['miss', 'miss'])
  })

  it('stops the start on a budget that is not a positive number of megabytes, naming the setting', () => {
    expect(cacheMaxBytesSetting(undefined)).toBe(32 * 2 ** 20)
    expect(cacheMaxBytesSetting(' 0.5 ')).toBe(2 ** 19)
    for (const value of ['0', '-1', 'lots', '1e3', '2048']) {
      expect(() => cacheMaxBytesSetting(value)).toThrow(ConfigError)
      expect(() => cacheMaxBytesSetting(value)).toThrow('API_CACHE_MAX_MB must be a number of megabytes')
    }
  })
})
