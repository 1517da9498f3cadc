import sharp from 'sharp'

import { type Call, staffCalls } from './staffCalls.js'

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const text = (value: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const paragraph = (...children: unknown[]) => ({ ...element, type: 'paragraph', children, textFormat: 0 })

/**
 * The Lexical state of an article using every node an editor reaches for: headings, formatted text, both kinds
 * of list, an external and an internal link, a quote and an image (`imageId`, a media document).
 */
export const richArticleContent = ({
  imageId,
  linkedArticleId,
}: {
  imageId: string
  linkedArticleId: string
}) => ({
  root: {
    ...element,
    type: 'root',
    children: [
      { ...element, type: 'heading', children: [text('Why closeness grows')], tag: 'h2' },
      paragraph(
        text('Closeness is '),
        text('built', 1),
        text(', '),
        text('daily', 2),
        text(' and '),
        text('together', 8),
        text('.'),
      ),
      {
        ...element,
        type: 'list',
        children: ['Listen first', 'Ask open questions', 'Share one worry'].map((item, index) => ({
          ...element,
          type: 'listitem',
          children: [text(item)],
          value: index + 1,
        })),
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      },
      {
        ...element,
        type: 'list',
        children: ['Sit down', 'Take turns'].map((item, index) => ({
          ...element,
          type: 'listitem',
          children: [text(item)],
          value: index + 1,
        })),
        listType: 'number',
        start: 1,
        tag: 'ol',
      },
      paragraph(
        text('Read the '),
        {
          ...element,
          type: 'link',
          children: [text('Gottman research')],
          fields: { linkType: 'custom', newTab: true, url: 'https://www.gottman.com/' },
        },
        text(' or our '),
        {
          ...element,
          type: 'link',
          children: [text('earlier article')],
          fields: {
            doc: { relationTo: 'articles', value: linkedArticleId },
            linkType: 'internal',
            newTab: false,
          },
        },
        text('.'),
      ),
      { ...element, type: 'quote', children: [text('Love is a verb.')] },
      { type: 'upload', fields: null, format: '', relationTo: 'media', value: imageId, version: 3 },
    ],
  },
})

/** Uploads a generated 640×360 PNG as a media document with the given alt text; answers the document. */
export const uploadImage = async (call: Call, alt: string) => {
  const png = await sharp({ create: { background: '#c77d5a', channels: 3, height: 360, width: 640 } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'closeness.png')
  form.append('_payload', JSON.stringify({ alt }))
  const res = await call('/api/media', { body: form, method: 'POST' })
  if (res.status !== 201) throw new Error(`uploading the image answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { doc: { id: string; url: string } }).doc
}

/** A published assessment of one 1–5 statement: what an article's call to action needs to point to. */
export const publishSmallAssessment = async (serverURL: string, token: string, title: string) => {
  const { create } = staffCalls(serverURL, token)
  const question = await create('questions', {
    dimension: 'close',
    prompt: 'We make time for each other.',
    scale: { max: 5, min: 1 },
    type: 'likert',
  })
  return create('assessments', {
    _status: 'published',
    audience: 'either',
    dimensions: [
      {
        bands: [
          { label: 'Needs care', max: 3, min: 1 },
          { label: 'Thriving', max: 5, min: 3 },
        ],
        key: 'close',
        label: 'Closeness',
        method: 'mean',
      },
    ],
    questions: [question.id],
    title,
  })
}

/**
 * Publishes, through the REST API as the staff member whose JWT is given, an article that uses every rich-text
 * node, with a hero image and a category, and the article it links to; `extra` adds fields (a call to action).
 * Answers both articles and the image.
 */
export const publishRichArticle = async (
  serverURL: string,
  token: string,
  title: string,
  extra: Record<string, unknown> = {},
) => {
  const { call, create } = staffCalls(serverURL, token)
  const image = await uploadImage(call, 'Two cups of coffee on a kitchen table')
  const category = await create('categories', { title: 'Communication' })
  const linked = await create('articles', {
    _status: 'published',
    content: { root: { ...element, type: 'root', children: [paragraph(text('Where it all began.'))] } },
    excerpt: 'The first steps.',
    title: `${title}: the beginning`,
  })
  const article = await create('articles', {
    _status: 'published',
    categories: [category.id],
    content: richArticleContent({ imageId: image.id, linkedArticleId: linked.id }),
    excerpt: 'Small daily habits that bring two people closer.',
    heroImage: image.id,
    title,
    ...extra,
  })
  return { article, image, linked }
}
