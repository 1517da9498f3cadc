import React from 'react'

import type { SiteArticle } from './readArticle.js'

type Node = { children?: Node[]; text?: string }

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('')

/**
 * PLACEHOLDER (site-articles replaces it with @payloadcms/richtext-lexical/react's RichText and our converters):
 * the article's Lexical content as plain paragraphs.
 */
export const ArticleBody = ({ content }: { content: SiteArticle['content'] }) => {
  const blocks = ((content as { root?: Node } | undefined)?.root?.children ?? []) as Node[]
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <p key={index}>{textOf(block)}</p>
      ))}
    </div>
  )
}
