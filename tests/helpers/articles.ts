import type { Payload } from 'payload'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'

export const sampleContent = lexicalFromBlocks([
  { text: 'Start here', type: 'heading' },
  { text: [{ text: 'A ' }, { bold: true, text: 'bold' }, { text: ' first step.' }], type: 'paragraph' },
])

type ArticleData = {
  _status?: 'draft' | 'published'
  publishedAt?: string
  slug?: string
  title?: string
}

let counter = 0

/** An article written through the Local API, published unless told otherwise. */
export const createArticle = async (payload: Payload, data: ArticleData = {}) => {
  counter += 1
  return payload.create({
    collection: 'articles',
    data: { _status: 'published', content: sampleContent, title: `Article ${counter}`, ...data } as never,
    overrideAccess: true,
  })
}
