import type { Field, FieldHook } from 'payload'

import { createDataloaderCacheKey } from 'payload'

import { relationID } from '@kindred/plugin-shared/core'

type CacheKeyArgs = Parameters<typeof createDataloaderCacheKey>[0]

/**
 * Readers may not read the assessments collection (it holds the scoring key),
 * yet an article invites them to take one: this copies just the published
 * assessment's title and slug beside the relationship. Lookups go through the
 * request's dataloader, so a page of articles pointing to one assessment costs
 * one query.
 */
const populateCallToAction: FieldHook = async ({ req, siblingData }) => {
  const id = relationID(siblingData?.callToAction)
  if (id === undefined) return null
  const doc = await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug: 'assessments',
      currentDepth: 0,
      depth: 0,
      docID: id,
      draft: false,
      fallbackLocale: req.fallbackLocale,
      locale: req.locale,
      overrideAccess: true,
      select: { _status: true, slug: true, title: true },
      showHiddenFields: false,
      transactionID: req.transactionID,
    } as CacheKeyArgs),
  )
  const assessment = doc as { _status?: string; slug?: string; title?: string } | null | undefined
  // A draft assessment is not there for the public yet; the article shows no call to action.
  if (!assessment || assessment._status !== 'published') return null
  return { slug: assessment.slug ?? '', title: assessment.title ?? '' }
}

/**
 * The call to action an article ends with: an assessment to take, and the
 * `{ title, slug }` the public sees of it as `callToActionAssessment`.
 */
export const callToActionFields: Field[] = [
  {
    name: 'callToAction',
    type: 'relationship',
    admin: { description: 'An assessment the article invites readers to take.', position: 'sidebar' },
    relationTo: 'assessments',
  },
  {
    name: 'callToActionAssessment',
    type: 'json',
    access: { create: () => false, update: () => false },
    admin: { disabled: true, readOnly: true },
    hooks: { afterRead: [populateCallToAction] },
    typescriptSchema: [
      () => ({
        oneOf: [
          {
            additionalProperties: false,
            properties: { slug: { type: 'string' }, title: { type: 'string' } },
            required: ['slug', 'title'],
            type: 'object',
          },
          { type: 'null' },
        ],
      }),
    ],
    virtual: true,
  },
]
