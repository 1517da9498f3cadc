import React from 'react'

import type { SiteArticle } from '../articles/readArticle.js'

import { CommentForm } from './CommentForm.js'
import { CommentItem } from './CommentItem.js'
import { readCommenterName } from './readCommenterName.js'
import { readThread } from './readThread.js'

type Props = { article: SiteArticle; page?: number }

/**
 * The article's comment thread: its comments with nested replies, a page at a time, and the form to join in
 * (as a guest or as the signed-in reader), or word that comments are closed. Read per request: it shows the
 * reader their own held comments.
 */
export const CommentThread = async ({ article, page = 1 }: Props) => {
  const slug = article.slug as string
  const [thread, signedInAs] = await Promise.all([readThread(slug, page), readCommenterName()])
  if (!thread) return null
  const pageLink = (to: number) => `/articles/${encodeURIComponent(slug)}?comments=${to}#comments-heading`
  return (
    <section aria-labelledby="comments-heading" className="comments" data-article={slug}>
      <h2 id="comments-heading">
        Comments{' '}
        {thread.totalComments ? <span className="comment-count">({thread.totalComments})</span> : null}
      </h2>
      {thread.comments.length ? (
        thread.comments.map((comment) => (
          <CommentItem
            closed={thread.closed}
            comment={comment}
            key={comment.id}
            signedInAs={signedInAs}
            slug={slug}
          />
        ))
      ) : (
        <p>No comments yet.</p>
      )}
      {thread.totalPages > 1 ? (
        <nav aria-label="Comment pages" className="comment-pages">
          {thread.page > 1 ? <a href={pageLink(thread.page - 1)}>Earlier comments</a> : null}
          <span>
            Page {thread.page} of {thread.totalPages}
          </span>
          {thread.hasNextPage ? <a href={pageLink(thread.page + 1)}>Later comments</a> : null}
        </nav>
      ) : null}
      {thread.closed ? (
        <p className="comments-closed">Comments are closed on this article.</p>
      ) : (
        <section aria-labelledby="leave-comment-heading" className="leave-comment">
          <h3 id="leave-comment-heading">Leave a comment</h3>
          <CommentForm signedInAs={signedInAs} slug={slug} />
        </section>
      )}
    </section>
  )
}
