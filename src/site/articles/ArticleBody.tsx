import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import type { SiteArticle } from './readArticle.js'

import { articleConverters } from './articleConverters.js'

/** The article's Lexical content, rendered on the server with Payload's RichText and the site's converters. */
export const ArticleBody = ({ content }: { content: SiteArticle['content'] }) => (
  <RichText
    className="article-body"
    converters={articleConverters}
    data={content as unknown as SerializedEditorState}
    disableIndent
  />
)
