import type { CollectionAfterReadHook } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { asCaller } from '../operations/asCaller.js'
import { asSystem } from '../operations/asSystem.js'
import { firstDoc } from '../operations/firstDoc.js'

/** Where a read says what it is for the access log (`read-result`); any other read is `read-response`. */
export const readAsKey = 'assessmentScoring.readAs'

/**
 * Writes every read of a response a counselor makes through a grant to the access log, whichever
 * API it came through (the response endpoints, REST, GraphQL, a populated relationship).
 */
export const logGrantedRead =
  (options: SanitizedAssessmentScoringConfig): CollectionAfterReadHook =>
  async ({ context, doc, overrideAccess, req }) => {
    const user = req.user
    if (overrideAccess || !user || user.collection !== options.staffSlug || options.isAdmin(user)) return doc
    const grant = await firstDoc<{ id: number | string }>({
      ...asCaller(req),
      collection: pluginSlugs.grants,
      where: {
        and: [
          { response: { equals: doc.id } },
          { counselor: { equals: user.id } },
          { revokedAt: { exists: false } },
        ],
      },
    })
    if (!grant) return doc
    // System rights: the access log is append-only and written by the plugin alone.
    await req.payload.create({
      ...asSystem(req),
      collection: pluginSlugs.accessLog,
      data: {
        action: context[readAsKey] === 'read-result' ? 'read-result' : 'read-response',
        counselor: user.id,
        grant: String(grant.id),
        response: String(doc.id),
      },
      select: { action: true },
    })
    return doc
  }
