import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { eraseEmailBans } from './eraseEmailBans.js'
import { eraseFromDisk } from './eraseFromDisk.js'
import { eraseMentions } from './eraseMentions.js'
import { personWhere } from './personWhere.js'
import { withCallerRights } from './withCallerRights.js'
import { withSystemRights } from './withSystemRights.js'

type Theirs = { author?: { name?: string }; id: string; moderation?: { ipFingerprint?: null | string } }

/**
 * Erases one person's comments (GDPR Art. 17): text, name, email, account
 * link and IP fingerprint go; each comment stays as a "deleted" placeholder
 * so the replies of others keep their place. Their email bans keep only a
 * hash, flag and log notes lose their name and email, and the database files
 * are left with no copy of what was erased. All of it or nothing.
 */
export const eraseComments = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  person: { email?: string; reader?: string },
) =>
  eraseFromDisk(req, async () => {
    const { docs: theirs } = await req.payload.find({
      ...withCallerRights(req, caller),
      collection: options.commentsSlug,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { author: { name: true }, moderation: { ipFingerprint: true } },
      where: personWhere(person),
    })
    const comments = theirs as unknown as Theirs[]
    const names = comments.flatMap(({ author }) =>
      author?.name && author.name !== '[deleted]' ? [author.name] : [],
    )
    const { docs, errors } = await req.payload.update({
      // A comment's words and byline are its author's alone (field access); erasure is the one
      // change the law asks of us in their place, so it is made with the system's rights.
      ...withSystemRights(req),
      collection: options.commentsSlug,
      context: { moderation: { action: 'erased', actor: `staff:${caller.user!.id}` } },
      data: {
        author: { email: null, name: '[deleted]', reader: null },
        body: '',
        deleted: true,
        moderation: { authorKey: null, bodyHash: null, ipFingerprint: null },
        notifyOnReply: false,
      } as never,
      depth: 0,
      where: personWhere(person),
    })
    // A comment left unerased would break the promise made to the person: fail loudly instead.
    if (errors.length) throw new Error(`Could not erase ${errors.length} comments: ${errors[0].message}`)
    await eraseMentions(req, {
      commentIDs: comments.map((comment) => String(comment.id)),
      flaggers: person.reader
        ? [`reader:${person.reader}`]
        : comments.flatMap(({ moderation }) =>
            moderation?.ipFingerprint ? [`guest:${moderation.ipFingerprint}`] : [],
          ),
      mentions: [...new Set([...names, ...(person.email ? [person.email] : [])])],
    })
    if (person.email) await eraseEmailBans(req, person.email)
    return { erased: docs.length }
  })
