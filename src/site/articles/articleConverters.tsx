import type {
  DefaultNodeTypes,
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { JSXConverter, JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import React from 'react'

import type { components } from '../../client/schema.js'

import { MediaImage } from './MediaImage.js'
import { safeHref } from './safeHref.js'

type Media = components['schemas']['media']
type LinkNode = SerializedAutoLinkNode | SerializedLinkNode

/** Where an internal link leads on this site: an article by its slug; nothing when the target is not readable. */
const internalHref = (doc: SerializedLinkNode['fields']['doc']): string | undefined => {
  const target = doc?.value as undefined | { slug?: null | string } | string
  if (doc?.relationTo !== 'articles' || typeof target !== 'object' || !target?.slug) return undefined
  return `/articles/${encodeURIComponent(target.slug)}`
}

const link: JSXConverter<LinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const { fields } = node
  const internal = fields.linkType === 'internal'
  const href = internal ? internalHref((fields as SerializedLinkNode['fields']).doc) : safeHref(fields.url)
  // An unpublished or deleted target, or an unsafe URL: the words stay, the link goes.
  if (!href) return <>{children}</>
  const newTab = Boolean(fields.newTab)
  return (
    <a
      href={href}
      // External pages get no handle on this window; a new tab is announced to screen reader users.
      rel={internal ? undefined : newTab ? 'noopener noreferrer' : 'noopener'}
      target={newTab ? '_blank' : undefined}
    >
      {children}
      {newTab ? <span className="visually-hidden"> (opens in a new tab)</span> : null}
    </a>
  )
}

/** The page's title is its only h1: a heading the editor made h1 is shown one level down. */
const heading: JSXConverters<DefaultNodeTypes>['heading'] = ({ node, nodesToJSX }) => {
  const Tag = ((node as SerializedHeadingNode).tag === 'h1' ? 'h2' : node.tag) as 'h2'
  return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
}

const upload: JSXConverters<DefaultNodeTypes>['upload'] = ({ node }) => {
  const media = (node as SerializedUploadNode).value as Media | string
  if (typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return null
  return (
    <figure className="article-figure">
      <MediaImage media={media} />
      {media.caption ? <figcaption>{media.caption}</figcaption> : null}
    </figure>
  )
}

/**
 * Payload's JSX converters with the site's rules for what editors use: article links go to `/articles/<slug>`,
 * external ones get rel="noopener", images are the media's own absolute URL, alt text and size.
 */
export const articleConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  autolink: link,
  heading,
  link,
  upload,
})
