import type { PayloadRequest, Where } from 'payload'

import { redactPerson } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from './withSystemRights.js'

type Noted = { comment?: unknown; flagger?: string; id: string; note?: null | string }

/**
 * What others wrote about an erased person, and what they wrote about others,
 * in flag notes and the audit log's notes: a flag they made, or one on their
 * comments, loses its note; any other note mentioning their name or email has
 * it replaced by "[deleted]". Both collections are closed to every writer (the
 * log is append-only, flags are readers' own), so this is done with system rights.
 */
export const eraseMentions = async (
  req: PayloadRequest,
  person: { commentIDs: string[]; flaggers: string[]; mentions: string[] },
) => {
  const mentioning: Where[] = person.mentions.map((mention) => ({ note: { contains: mention } }))
  for (const [collection, theirs] of [
    [pluginSlugs.flags, [{ comment: { in: person.commentIDs } }, { flagger: { in: person.flaggers } }]],
    [pluginSlugs.log, []],
  ] as const) {
    // Nothing to look for (a reader with no comments and no email given): an empty `or` would match every note.
    if (theirs.length + mentioning.length === 0) continue
    const { docs } = await req.payload.find({
      ...withSystemRights(req),
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      where: { and: [{ note: { exists: true } }, { or: [...theirs, ...mentioning] }] },
    })
    for (const doc of docs as unknown as Noted[]) {
      const about =
        collection === pluginSlugs.flags &&
        (person.commentIDs.includes(String(doc.comment)) || person.flaggers.includes(String(doc.flagger)))
      const note = about ? null : redactPerson(doc.note ?? '', person.mentions)
      if (note === doc.note) continue
      await req.payload.update({ ...withSystemRights(req), collection, data: { note }, id: doc.id })
    }
  }
}
