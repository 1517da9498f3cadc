import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './readCouple.js'
import type { FrozenKey } from '../core/FrozenKey.js'

import { scoreResponse } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { checkAnswers } from './checkAnswers.js'
import { currentVersion } from './currentVersion.js'
import { hashSecret } from './hashSecret.js'
import { newSecret } from './newSecret.js'
import { noteSubmission } from './noteSubmission.js'
import { invitedVersion } from './invitedVersion.js'
import { resultView } from '../core/resultView.js'
import { storedScores } from '../core/storedScores.js'
import { withTransaction } from '@kindred/plugin-shared'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

export type StartInput = { answers: Record<string, unknown>; invitation?: string; submit: boolean }

/**
 * A respondent starts a response on the published version (or, with a partner's invitation, on
 * the version the partner answered): saved as a draft, or submitted and scored at once. The
 * secret token that opens it again is returned once and stored only as its hash; a signed-in
 * reader also owns it through their account. Returned only once the write is committed. A
 * submission's client counts toward the distinct clients a statistics refresh needs.
 */
export const startResponse = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  slug: string,
  input: StartInput,
) => {
  let frozen: FrozenKey
  let couple: CoupleDoc | undefined
  if (input.invitation)
    ({ couple, frozen } = await invitedVersion(req, options, caller, slug, input.invitation))
  else frozen = await currentVersion(req, slug)
  const answers = checkAnswers(frozen, input.answers, input.submit)
  const scores = input.submit ? storedScores(frozen.key, scoreResponse(frozen.compiled, answers)) : null
  const token = newSecret()
  const data = {
    answers,
    assessment: frozen.assessment,
    couple: couple?.id,
    key: frozen.id,
    respondent: caller.user?.collection === options.readersSlug ? caller.user.id : undefined,
    scores,
    status: input.submit ? 'submitted' : 'draft',
    submittedAt: input.submit ? new Date().toISOString() : undefined,
    tokenHash: hashSecret(token),
    version: frozen.version,
  }
  const create = () =>
    req.payload.create({
      collection: pluginSlugs.responses,
      data: data as never,
      depth: 0,
      // System rights: responses are created only here, with answers checked and scored against the frozen
      // version; the collection's create stays closed so no API writes scores as it likes.
      ...asSystem(req),
      select: { status: true },
    })
  const response = couple
    ? await withTransaction(req, async () => {
        const created = await create()
        // Only one partner can take the place, even when two use the code at the same moment.
        const claimed = await req.payload.update({
          collection: pluginSlugs.couples,
          data: { invitationExpiresAt: null, invitationHash: null, partnerB: created.id, status: 'paired' },
          // System rights: the invitation code is the partner's proof; couples are written only by the
          // couple operations.
          ...asSystem(req),
          select: { status: true },
          where: { and: [{ id: { equals: couple.id } }, { status: { equals: 'inviting' } }] },
        })
        if (claimed.docs.length !== 1) throw new ScoringRefusal('invitationInvalid', { field: 'invitation' })
        return created
      })
    : await create()
  if (data.submittedAt) await noteSubmission(req, options, frozen.id, data.submittedAt, caller.client)
  return {
    ...(couple ? { couple: String(couple.id) } : {}),
    id: String(response.id),
    status: data.status,
    token,
    ...(scores ? { result: resultView(frozen, scores) } : {}),
  }
}
