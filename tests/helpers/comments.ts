import type { Payload } from 'payload'
import type supertest from 'supertest'

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
