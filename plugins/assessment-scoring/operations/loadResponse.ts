import type { PayloadRequest } from 'payload'

import type { Ref } from './refID.js'
import type { StoredScores } from './storedScores.js'

import { pluginSlugs } from '../defaults.js'
import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'

export type ResponseDoc = {
  answers?: null | Record<string, unknown>
  assessment?: null | Ref
  couple?: null | Ref
  createdAt: string
  id: number | string
  key: Ref
  respondent?: null | Ref
  scores?: null | StoredScores
  status: 'draft' | 'submitted'
  submittedAt?: null | string
  tokenHash?: null | string
  updatedAt: string
  version: number
}

/** A response read with its hidden token hash; undefined when there is none with that id. */
export const loadResponse = (req: PayloadRequest, id: string): Promise<ResponseDoc | undefined> =>
  firstDoc<ResponseDoc>({
    // System rights: for the operations that need a response the caller may not read: a partner's (compared,
    // never shown) or one being erased by an admin.
    ...asSystem(req),
    collection: pluginSlugs.responses,
    showHiddenFields: true,
    where: { id: { equals: id } },
  })
