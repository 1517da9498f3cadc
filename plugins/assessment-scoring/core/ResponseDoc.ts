import type { Ref } from './refID.js'
import type { StoredScores } from './storedScores.js'

/** A response as stored (`responsesCollection`), unpopulated. */
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
