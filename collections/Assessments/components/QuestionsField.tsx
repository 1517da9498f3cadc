'use client'
import type { RelationshipFieldClientComponent } from 'payload'

import { RelationshipField, useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import {
  AssessmentDimensionsContext,
  type DimensionChoice,
} from '../../../src/admin/AssessmentDimensionsContext.js'

const dimensionPath = /^dimensions\.(\d+)\.(key|label)$/

/**
 * The assessment's questions, with Payload's drawers to create or edit one in place; a question opened
 * there picks its dimension among this form's dimensions, saved or not.
 */
export const QuestionsField: RelationshipFieldClientComponent = (props) => {
  // A string, so the field re-renders only when a dimension's key or label changes, not on every edit.
  const serialized = useFormFields(([fields]) => {
    const rows: Record<string, Partial<DimensionChoice>> = {}
    for (const [path, state] of Object.entries(fields)) {
      const match = dimensionPath.exec(path)
      if (match && typeof state.value === 'string')
        rows[match[1]] = { ...rows[match[1]], [match[2]]: state.value }
    }
    return JSON.stringify(
      Object.entries(rows)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, row]) => ({ key: row.key?.trim() ?? '', label: row.label?.trim() ?? '' }))
        .filter((row) => row.key !== ''),
    )
  })
  const dimensions = useMemo(() => JSON.parse(serialized) as DimensionChoice[], [serialized])
  return (
    <AssessmentDimensionsContext.Provider value={dimensions}>
      <RelationshipField {...props} />
    </AssessmentDimensionsContext.Provider>
  )
}
