import type { Payload } from 'payload'
import type supertest from 'supertest'

import type { Kindred } from './bootKindred.js'

let guests = 0

/** A guest identity and a client address of its own, so flood control sees distinct people. */
export const newGuest = () => {
  guests += 1
  return {
    address: `10.0.${Math.floor(guests / 250)}.${(guests % 250) + 1}`,
    email: `guest-${guests}@example.test`,
    name: `Guest ${guests}`,
  }
}

/** Posts as a guest from their own address (bootKindred trusts X-Forwarded-For from loopback, as from a proxy). */
export const postAsGuest = (
  request: ReturnType<typeof supertest>,
  article: string,
  body: Record<string, unknown>,
  guest = newGuest(),
) =>
  request
    .post(`/api/articles/${article}/comments`)
    .set('X-Forwarded-For', guest.address)
    .send({ author: { email: guest.email, name: guest.name }, ...body })

/** The stored comment with everything moderators see. */
export const storedComment = (payload: Payload, id: string) =>
  payload.findByID({ collection: 'comments', depth: 0, id, overrideAccess: true })

/** Audit entries for a comment, oldest first. */
export const auditOf = async (payload: Payload, id: string) =>
  (
    await payload.find({
      collection: 'moderation-log',
      overrideAccess: true,
      sort: 'createdAt',
      where: { comment: { equals: id } },
    })
  ).docs

/** A guest's comment in a given state, written through the Local API (no pipeline, no flood control). */
export const createComment = async (
  payload: Payload,
  article: string,
  status: 'approved' | 'pending' = 'approved',
): Promise<string> => {
  const comment = await payload.create({
    collection: 'comments',
    data: {
      article,
      author: { email: 'writer@example.test', name: 'Writer' },
      body: `A comment ${Math.random()}`,
      status,
    } as never,
    overrideAccess: true,
  })
  return String(comment.id)
}

const actionFor = { approved: 'approve', rejected: 'reject', spam: 'spam', trash: 'trash' } as const

/**
 * Earlier comments of a signed-in reader (`reader`: their Authorization header), posted through the
 * pipeline in order and then decided by a moderator as `statuses` says: the record trust is judged on,
 * built only through the public API. Flood control is rewound around each post (it is not under test), so
 * neither these comments nor the reader's next one are refused as too soon.
 */
export const givePastComments = async (
  kindred: Pick<Kindred, 'payload' | 'request'>,
  { article, moderator, reader }: { article: string; moderator: string; reader: string },
  statuses: (keyof typeof actionFor)[],
) => {
  const rewindFloodControl = () =>
    kindred.payload.update({
      collection: 'comment-rate-limits',
      data: { lastAt: new Date(Date.now() - 3_600_000).toISOString() },
      overrideAccess: true,
      where: {},
    })
  const decided = new Map<keyof typeof actionFor, string[]>()
  for (const [index, status] of statuses.entries()) {
    await rewindFloodControl()
    const res = await kindred.request
      .post(`/api/articles/${article}/comments`)
      .set('Authorization', reader)
      .send({ body: `Earlier comment ${index}.` })
    if (res.status !== 201) throw new Error(`givePastComments: posting answered ${res.status}`)
    decided.set(status, [...(decided.get(status) ?? []), String(res.body.id)])
  }
  for (const [status, ids] of decided) {
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator)
      .send({ action: actionFor[status], ids })
    if (res.status !== 200) throw new Error(`givePastComments: moderating answered ${res.status}`)
  }
  await rewindFloodControl()
}
