'use client'
import type { TextFieldClientComponent } from 'payload'

import { SelectInput, TextField, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useContext, useEffect, useState } from 'react'

import {
  AssessmentDimensionsContext,
  type DimensionChoice,
} from '../../../src/admin/AssessmentDimensionsContext.js'

type Uses = { docs?: { dimensions?: null | { key?: null | string; label?: null | string }[] }[] }

/** The dimensions of the assessments that already use this question, for one opened on its own. */
const useDimensionsOfUses = (skip: boolean): DimensionChoice[] => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [dimensions, setDimensions] = useState<DimensionChoice[]>([])
  useEffect(() => {
    if (skip || id === undefined || id === null) return
    const controller = new AbortController()
    const query = `where[questions][in]=${encodeURIComponent(String(id))}&draft=true&depth=0&limit=20&select[dimensions]=true`
    fetch(`${config.serverURL}${config.routes.api}/assessments?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? (res.json() as Promise<Uses>) : { docs: [] }))
      .then(({ docs = [] }) => {
        const byKey = new Map<string, DimensionChoice>()
        for (const doc of docs)
          for (const dimension of doc.dimensions ?? [])
            if (dimension.key) byKey.set(dimension.key, { key: dimension.key, label: dimension.label ?? '' })
        setDimensions([...byKey.values()])
      })
      .catch(() => {
        // Left as free text: the server still refuses a dimension its assessments lack.
      })
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, id, skip])
  return dimensions
}

/**
 * A question's dimension, chosen among its assessment's: the form's dimensions when the question is
 * opened from an assessment, else those of the assessments that use it. Free text when there are none
 * to choose from yet (a new question outside any assessment).
 */
export const DimensionField: TextFieldClientComponent = (props) => {
  const { field, path: pathFromProps } = props
  const fromAssessment = useContext(AssessmentDimensionsContext)
  const fromUses = useDimensionsOfUses(fromAssessment !== null)
  const path = pathFromProps ?? field.name
  const { setValue, showError, value } = useField<null | string>({ path })
  const dimensions = fromAssessment ?? fromUses
  if (dimensions.length === 0) return <TextField {...props} />

  const options = dimensions.map((dimension) => ({
    label: dimension.label ? `${dimension.label} (${dimension.key})` : dimension.key,
    value: dimension.key,
  }))
  if (value && !dimensions.some((dimension) => dimension.key === value))
    options.push({ label: `${value} (not a dimension of this assessment)`, value })
  return (
    <SelectInput
      description="The assessment dimension this item scores on. Empty: not scored."
      isClearable
      label={field.label || 'Dimension'}
      name={path}
      onChange={(option) => {
        const picked = Array.isArray(option) ? option[0] : option
        setValue(typeof picked?.value === 'string' ? picked.value : null)
      }}
      options={options}
      path={path}
      showError={showError}
      value={value ?? ''}
    />
  )
}
