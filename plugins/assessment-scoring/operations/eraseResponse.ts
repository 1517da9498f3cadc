import type { PayloadRequest } from 'payload'

import type { ResponseDoc } from './loadResponse.js'

import { pluginSlugs } from '../defaults.js'

/**
 * The respondent erases their response: answers, scores and token go; the `responses` delete
 * hook revokes its grants and takes it out of its couple.
 */
export const eraseResponse = async (req: PayloadRequest, response: ResponseDoc) => {
  await req.payload.delete({ collection: pluginSlugs.responses, id: response.id, overrideAccess: true, req })
  return { deleted: true, id: String(response.id) }
}
