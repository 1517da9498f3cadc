import type { FrozenKey } from './FrozenKey.js'
import type { ResponseDoc } from './ResponseDoc.js'

import { refID } from './refID.js'

/**
 * A response as its respondent (or a granted counselor) reads it: its answers and state, and for a
 * draft the form of its own version, so it can be resumed on the questions it started on.
 */
export const responseView = (response: ResponseDoc, frozen: FrozenKey) => ({
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
})
