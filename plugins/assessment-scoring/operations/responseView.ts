import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ResponseDoc } from './loadResponse.js'

import { messages } from '../messages.js'
import { frozenKey } from './frozenKey.js'
import { refID } from './refID.js'

/**
 * A response as its respondent (or a granted counselor) reads it: its answers and state, and
 * for a draft the form of its own version, so it can be resumed on the questions it started on.
 */
export const responseView = async (req: PayloadRequest, response: ResponseDoc) => {
  const frozen = await frozenKey(req, refID(response.key))
  if (!frozen) throw new APIError(messages.responseNotFound, 404, undefined, true)
  return {
    answers: response.answers ?? {},
    assessment: { slug: frozen.form.slug, title: frozen.form.title },
    couple: response.couple ? refID(response.couple) : null,
    createdAt: response.createdAt,
    id: String(response.id),
    status: response.status,
    submittedAt: response.submittedAt ?? null,
    updatedAt: response.updatedAt,
    version: response.version,
    ...(response.status === 'draft' ? { form: frozen.form } : {}),
  }
}
