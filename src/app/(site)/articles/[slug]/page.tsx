import type { Metadata } from 'next'

import { notFound } from 'next/navigation.js'
import React from 'react'

import { ArticleBody } from '../../../../site/articles/ArticleBody.js'
import { ArticleByline } from '../../../../site/articles/ArticleByline.js'
import { CallToAction } from '../../../../site/articles/CallToAction.js'
import { MediaImage } from '../../../../site/articles/MediaImage.js'
import { readArticle } from '../../../../site/articles/readArticle.js'
import { CommentThread } from '../../../../site/comments/CommentThread.js'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ comments?: string | string[] }>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const article = await readArticle((await params).slug)
  return article
    ? {
        description: article.seo?.description ?? article.excerpt ?? undefined,
        title: article.seo?.title || article.title,
      }
    : {}
}

/** An article: its title, byline and hero image, its body, its call to action (an assessment to take), and its comment thread. */
const ArticlePage = async ({ params, searchParams }: Props) => {
  const article = await readArticle((await params).slug)
  if (!article) notFound()
  return (
    <article>
      <header className="article-header">
        <h1>{article.title}</h1>
        <ArticleByline article={article} />
      </header>
      <MediaImage className="article-hero" media={article.heroImage} priority />
      <ArticleBody content={article.content} />
      <CallToAction assessment={article.callToActionAssessment} />
      <CommentThread
        article={article}
        page={Math.max(1, Math.floor(Number((await searchParams).comments)) || 1)}
      />
    </article>
  )
}

export default ArticlePage
