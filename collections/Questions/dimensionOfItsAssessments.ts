import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

type Uses = { dimensions?: null | { key?: null | string; label?: null | string }[]; title?: null | string }

/**
 * Refuses a dimension that an assessment using this question does not define, naming the assessment
 * and the dimensions to choose from. The assessment's own publish check catches the rest: a new
 * question is in no assessment until the assessment adds it.
 */
export const dimensionOfItsAssessments: TextFieldSingleValidation = async (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  const { id, req } = options
  if (!value || id === undefined || id === null || !req.user) return true
  const { docs } = await req.payload.find({
    collection: 'assessments',
    depth: 0,
    draft: true,
    limit: 20,
    overrideAccess: false,
    pagination: false,
    req,
    select: { dimensions: true, title: true },
    user: req.user,
    where: { questions: { in: [id] } },
  })
  const lacking = (docs as Uses[]).filter(
    (doc) => !(doc.dimensions ?? []).some((dimension) => dimension.key === value),
  )
  if (lacking.length === 0) return true
  const [first] = lacking
  const choices =
    (first.dimensions ?? [])
      .filter((dimension) => dimension.key)
      .map((dimension) => `${dimension.label || dimension.key} (${dimension.key})`)
      .join(', ') || 'none defined yet'
  return `“${value}” is not a dimension of “${first.title ?? 'its assessment'}”; choose one of ${choices}.`
}
