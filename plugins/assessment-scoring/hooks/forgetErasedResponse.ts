import type { CollectionBeforeDeleteHook } from 'payload'

import { pluginSlugs } from '../defaults.js'
import { erasedResponse } from '../operations/eraseResponse.js'
import { leaveCouple } from '../operations/leaveCouple.js'
import { loadCouple } from '../operations/loadCouple.js'
import { loadResponse } from '../operations/loadResponse.js'
import { asSystem } from '../operations/asSystem.js'

/**
 * Whoever deletes a response (its respondent, or an admin), nothing keeps pointing at it: its
 * grants go, and its couple is dissolved as if the respondent had left. The access log keeps
 * its entries (who read, when), which hold no answers. Before the delete, while the references
 * still resolve on every database.
 */
export const forgetErasedResponse: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  await req.payload.delete({
    collection: pluginSlugs.grants,
    // System rights: whoever erases a response (its respondent, an admin) takes its grants with it; grants
    // have no delete access.
    ...asSystem(req),
    where: { response: { equals: id } },
  })
  // Read already when the respondent erases it through the endpoint; other deletes (an admin's) read it here.
  const response = erasedResponse(context, id) ?? (await loadResponse(req, String(id)))
  const couple = response?.couple ? await loadCouple(req, response.couple) : undefined
  if (couple) await leaveCouple(req, couple, id, { responseExists: false })
}
