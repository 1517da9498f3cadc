import type { Payload } from 'payload'

import type { FixtureComment } from './parseArticleFixture.js'

/** The editors' answer to Roger's question under the article. */
export const staffReplyToRoger =
  'Hi Roger, thank you for asking! Our Better Love Check-in is free: open it from the link at the end of this article, take it on your own or invite your spouse, and you will each get a private result with conversation starters.'

/**
 * The article's two reader comments, imported as approved (they were published
 * on the original site), and, when a staff member is given, their reply to Roger
 * pointing him to the assessment. Idempotent: nothing is added to an article that has comments.
 */
export const seedComments = async (
  payload: Payload,
  {
    articleID,
    comments,
    staff,
  }: { articleID: string; comments: FixtureComment[]; staff?: { id: string; name: string } },
): Promise<void> => {
  const existing = await payload.count({ collection: 'comments', where: { article: { equals: articleID } } })
  if (existing.totalDocs > 0) return
  const context = { moderation: { action: 'imported', actor: 'system' } }
  const posted: Record<string, string> = {}
  for (const comment of comments) {
    const doc = await payload.create({
      collection: 'comments',
      context,
      data: { article: articleID, author: { name: comment.author }, body: comment.body, status: 'approved' },
      overrideAccess: true,
    })
    posted[comment.author] = String(doc.id)
  }
  if (staff && posted['Roger Mitchell']) {
    await payload.create({
      collection: 'comments',
      context,
      data: {
        article: articleID,
        author: { name: staff.name, staff: staff.id },
        body: staffReplyToRoger,
        depth: 1,
        isStaffReply: true,
        parent: posted['Roger Mitchell'],
        status: 'approved',
        thread: posted['Roger Mitchell'],
      },
      overrideAccess: true,
    })
  }
}
