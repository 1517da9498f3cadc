import React from 'react'

import type { ThreadComment } from './readThread.js'

import { CommentForm } from './CommentForm.js'
import { FlagForm } from './FlagForm.js'

type Props = { closed: boolean; comment: ThreadComment; signedInAs?: string; slug: string }

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })

/**
 * One comment and, nested under it, its replies. A held comment (only ever its author's to see) says so and
 * takes no replies or flags until a moderator approves it; a deleted one keeps its place for its replies.
 */
export const CommentItem = ({ closed, comment, signedInAs, slug }: Props) => {
  const replies = comment.replies as ThreadComment[]
  const held = comment.pending === true
  return (
    <article
      aria-labelledby={`comment-${comment.id}-author`}
      className={held ? 'comment comment-held' : 'comment'}
      id={`comment-${comment.id}`}
    >
      <header className="comment-meta">
        <strong id={`comment-${comment.id}-author`}>
          {comment.deleted ? 'Deleted comment' : comment.author.name}
        </strong>
        {comment.author.isStaff ? <span className="comment-badge">Kindred team</span> : null}{' '}
        <time dateTime={comment.createdAt}>{dateFormat.format(new Date(comment.createdAt))}</time>
        {held ? <span className="comment-held-note">Awaiting moderation</span> : null}
      </header>
      {comment.deleted ? (
        <p className="comment-deleted">This comment was deleted.</p>
      ) : (
        <div className="comment-body">
          {comment.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {held || comment.deleted ? null : (
        <div className="comment-actions">
          {closed ? null : <CommentForm parent={comment.id} signedInAs={signedInAs} slug={slug} />}
          <FlagForm comment={comment.id} />
        </div>
      )}
      {replies.length ? (
        <div className="comment-replies">
          {replies.map((reply) => (
            <CommentItem closed={closed} comment={reply} key={reply.id} signedInAs={signedInAs} slug={slug} />
          ))}
        </div>
      ) : null}
    </article>
  )
}
