import type { PayloadRequest } from 'payload'

import type { CoupleComparison, PartnerDimensionResult } from '../core/index.js'
import type { CoupleMember } from './requireCoupleMember.js'

import { compareCouple, scoreResponse } from '../core/index.js'
import { refID } from '../core/refID.js'
import { readFrozenKey } from './readFrozenKey.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

const partnerView = (result: PartnerDimensionResult) => ({
  band: result.band?.label ?? null,
  percent: result.percent,
  score: result.score,
  ...(result.tallyWinners ? { tallyWinners: result.tallyWinners } : {}),
})

/**
 * The couple report, for either partner once both have submitted and both agree to share it.
 * Per dimension, from the reader's side ("you" and "partner"): each partner's score and band,
 * the difference, how many items they agree on and how (classes only, never an answer), positive
 * couple agreement, strengths and growth areas with the growth areas' conversation prompts.
 * Safety items are left out of every number and list. Until then — and after either withdraws
 * or leaves — both get the same 403, which does not say which of these it is.
 */
export const coupleReport = async (req: PayloadRequest, { couple, mine, theirs }: CoupleMember) => {
  const open =
    couple.status === 'paired' &&
    couple.consentA === true &&
    couple.consentB === true &&
    mine.status === 'submitted' &&
    theirs?.status === 'submitted'
  if (!open || !theirs) throw new ScoringRefusal('reportClosed')
  const frozen = await readFrozenKey(req, refID(couple.key))
  if (!frozen) throw new ScoringRefusal('coupleNotFound')
  const answersMine = mine.answers ?? {}
  const answersTheirs = theirs.answers ?? {}
  const comparison: CoupleComparison = compareCouple(
    frozen.compiled,
    answersMine,
    answersTheirs,
    scoreResponse(frozen.compiled, answersMine),
    scoreResponse(frozen.compiled, answersTheirs),
  )
  const prompts = new Map(frozen.form.questions.map((question) => [question.id, question.prompt]))
  const described = new Map(frozen.key.dimensions.map((dimension) => [dimension.key, dimension]))
  const label = (key: string) => ({ key, label: described.get(key)?.label ?? key })
  return {
    assessment: { slug: frozen.form.slug, title: frozen.form.title },
    couple: String(couple.id),
    dimensions: Object.values(comparison.dimensions).map((dimension) => ({
      agreement: dimension.counts,
      description: described.get(dimension.key)?.description ?? '',
      difference: dimension.difference,
      items: dimension.items.map((item) => ({
        agreement: item.agreement,
        prompt: prompts.get(item.questionId) ?? '',
        questionId: item.questionId,
      })),
      key: dimension.key,
      label: dimension.label,
      method: dimension.method,
      partner: partnerView(dimension.partnerB),
      pca: dimension.pca,
      percentGap: dimension.percentGap,
      you: partnerView(dimension.partnerA),
    })),
    growthAreas: comparison.growthAreas.map((key) => {
      const dimension = comparison.dimensions[key]
      const conversationPrompts = [
        ...new Set([
          ...(dimension.partnerA.band?.conversationPrompts ?? []),
          ...(dimension.partnerB.band?.conversationPrompts ?? []),
        ]),
      ]
      return { ...label(key), conversationPrompts }
    }),
    strengths: comparison.strengths.map(label),
    version: frozen.version,
  }
}
