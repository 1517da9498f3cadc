import type { CollectionBeforeDeleteHook } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { leaveCouple } from '../operations/leaveCouple.js'
import { loadCouple } from '../operations/loadCouple.js'
import { loadResponse } from '../operations/loadResponse.js'

/**
 * Whoever deletes a response (its respondent, or an admin), nothing keeps pointing at it: its
 * grants go, and its couple is dissolved as if the respondent had left. The access log keeps
 * its entries (who read, when), which hold no answers. Before the delete, while the references
 * still resolve on every database.
 */
export const forgetErasedResponse =
  (options: SanitizedAssessmentScoringConfig): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: pluginSlugs.grants,
      overrideAccess: true,
      req,
      where: { response: { equals: id } },
    })
    const response = await loadResponse(req, options, String(id))
    const couple = response?.couple ? await loadCouple(req, response.couple) : undefined
    if (couple) await leaveCouple(req, couple, id, { responseExists: false })
  }
