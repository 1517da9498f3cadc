import type { PayloadRequest } from 'payload'

import type { FrozenKey } from '../core/FrozenKey.js'

import { pluginSlugs } from '../defaults.js'
import { readFrozenKey } from './readFrozenKey.js'
import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The version respondents answer now: the latest frozen version of the published assessment
 * with this slug. 404 when there is none (a draft, an unpublished or unknown assessment). One
 * query through the relationship, since it runs on every form and submission.
 */
export const currentVersion = async (req: PayloadRequest, slug: string): Promise<FrozenKey> => {
  const latest = await firstDoc<{ id: number | string }>({
    // System rights: anyone may answer a published assessment without being allowed to read assessments or
    // versions.
    ...asSystem(req),
    collection: pluginSlugs.keys,
    select: { version: true },
    sort: '-version',
    // The assessment's own `_status` is that of its published state; a later draft lives in its versions.
    where: {
      and: [{ 'assessment.slug': { equals: slug } }, { 'assessment._status': { equals: 'published' } }],
    },
  })
  const frozen = latest && (await readFrozenKey(req, latest.id))
  if (!frozen) throw new ScoringRefusal('assessmentNotFound')
  return frozen
}
