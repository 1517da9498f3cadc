import type { CollectionBeforeDeleteHook } from 'payload'

import { pluginSlugs } from '../defaults.js'
import { erasedResponse } from '../operations/eraseResponse.js'
import { dissolveCouple } from '../operations/dissolveCouple.js'
import { readCouple } from '../operations/readCouple.js'
import { readResponse } from '../operations/readResponse.js'
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
  const response = erasedResponse(context, id) ?? (await readResponse(req, String(id)))
  const couple = response?.couple ? await readCouple(req, response.couple) : undefined
  if (couple) await dissolveCouple(req, couple, id, { responseExists: false })
}
