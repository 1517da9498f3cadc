import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { currentVersion } from './currentVersion.js'
import { invitedVersion } from './invitedVersion.js'

/**
 * The published assessment as a respondent sees it: prompts, options, scales, help text and
 * instructions of the version they will answer (with an invitation, the inviter's version).
 */
export const formOf = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  slug: string,
  invitation?: string,
) => {
  const frozen = invitation
    ? (await invitedVersion(req, options, caller, slug, invitation)).frozen
    : await currentVersion(req, slug)
  return { ...frozen.form, version: frozen.version }
}
