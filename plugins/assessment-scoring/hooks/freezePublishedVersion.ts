import type { CollectionAfterChangeHook } from 'payload'

import { createHash } from 'node:crypto'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { AssessmentData } from '../core/buildKey.js'

import { pluginSlugs } from '../defaults.js'
import { readKey } from '../operations/readKey.js'
import { firstDoc } from '../operations/firstDoc.js'
import { asSystem } from '../operations/asSystem.js'

/**
 * Freezes what was published: the key and the respondent's form go into an immutable
 * `assessment-keys` document numbered 1, 2, 3… Responses point to it, so later edits of the
 * assessment or of its questions never change an old result. Publishing again without a change
 * that respondents or scoring would notice keeps the current version.
 */
export const freezePublishedVersion =
  (options: SanitizedAssessmentScoringConfig): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    const { form, key } = await readKey(req, options, doc as AssessmentData)
    const hash = createHash('sha256').update(JSON.stringify({ form, key })).digest('hex')
    const latest = await firstDoc<{ hash?: string; version?: number }>({
      // System rights: versions are numbered whoever publishes (a counselor, a seed or script without a user).
      ...asSystem(req),
      collection: pluginSlugs.keys,
      select: { hash: true, version: true },
      sort: '-version',
      where: { assessment: { equals: doc.id } },
    })
    if (latest?.hash === hash) return doc
    await req.payload.create({
      collection: pluginSlugs.keys,
      data: { assessment: doc.id, form, hash, key, version: (latest?.version ?? 0) + 1 },
      // System rights: versions are frozen by this hook alone; no one may create one.
      ...asSystem(req),
      select: { version: true },
    })
    return doc
  }
