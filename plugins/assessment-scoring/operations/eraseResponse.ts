import type { PayloadRequest, RequestContext } from 'payload'

import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { asCaller } from './asCaller.js'

/** Where the delete's context carries the response being erased, by its id. */
const erasedKey = (id: number | string) => `assessmentScoring.erasedResponse.${String(id)}`

/** The response `eraseResponse` already read, for the `responses` delete hook; undefined on other deletes. */
export const erasedResponse = (context: RequestContext, id: number | string): ResponseDoc | undefined =>
  context[erasedKey(id)] as ResponseDoc | undefined

/**
 * The respondent erases their response: answers, scores and token go; the `responses` delete
 * hook revokes its grants and takes it out of its couple, given the response so it need not read it again.
 */
export const eraseResponse = async (req: PayloadRequest, response: ResponseDoc) => {
  await req.payload.delete({
    collection: pluginSlugs.responses,
    context: { [erasedKey(response.id)]: response },
    id: response.id,
    // In the respondent's own name: erasing is theirs by the collection's access.
    ...asCaller(req),
  })
  return { deleted: true, id: String(response.id) }
}
