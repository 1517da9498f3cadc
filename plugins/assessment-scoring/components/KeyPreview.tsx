'use client'
import { useAllFormFields, useConfig } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

type Band = { label?: null | string; max?: null | number; min?: null | number }
type Row = {
  bands: Band[]
  boundaries: { owner: string; score: number }[]
  coverage: null | { gaps: { max: number; min: number }[]; ok: boolean; overlaps: { labels: string[] }[] }
  dimension: null | string
  label: string
  range: null | { max: number; min: number }
}
type Preview = { problems: { label?: string; message: string; path: string }[]; ranges: Row[] }

const round = (value: null | number | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '?'
/**
 * The rows of an array field in the form's values. An array with no rows keeps its row count (0) as its
 * value, and a new document may have none at all, so anything but a list reads as no rows.
 */
const rowsOf = <T,>(value: T[] | unknown): T[] => (Array.isArray(value) ? value : [])
const bandsOnly = (bands: unknown) => rowsOf<Band>(bands).map(({ label, max, min }) => ({ label, max, min }))

const coverageText = (row: Row) =>
  row.bands.length === 0
    ? 'No bands yet.'
    : !row.coverage
      ? 'Coverage shows once the key scores: see the problems below.'
      : row.coverage.ok
        ? 'Every score has one band.'
        : [
            ...row.coverage.gaps.map((gap) => `Gap ${round(gap.min)}–${round(gap.max)}`),
            ...row.coverage.overlaps.map((overlap) => `Overlap ${overlap.labels.join(' / ')}`),
          ].join('; ') || 'A band has invalid bounds.'

/**
 * Beside the dimensions (in the sidebar): each dimension's possible scores, its bands' ranges, who owns a
 * score two bands share, and what publishing would refuse, all computed by the server's scoring core from
 * the form as it stands, so the preview cannot disagree with a respondent's result.
 */
export const KeyPreview = ({ assessmentsSlug }: { assessmentsSlug: string }) => {
  const [fields] = useAllFormFields()
  const { config } = useConfig()
  const [preview, setPreview] = useState<Preview | null>(null)
  const body = useMemo(() => {
    const data = reduceFieldsToValues(fields, true) as {
      dimensions?: unknown
      overall?: { bands?: unknown; method?: string }
      questions?: unknown
    }
    // Interpretations are rich text the preview has no use for; only what bears on ranges is sent.
    return JSON.stringify({
      dimensions: rowsOf<Record<string, unknown>>(data.dimensions).map(
        ({ bands, key, label, method, minAnsweredFraction, missing }) => ({
          bands: bandsOnly(bands),
          key,
          label,
          method,
          minAnsweredFraction,
          missing,
        }),
      ),
      overall: data.overall ? { bands: bandsOnly(data.overall.bands), method: data.overall.method } : null,
      questions: rowsOf(data.questions),
    })
  }, [fields])

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${config.serverURL}${config.routes.api}/${assessmentsSlug}/key-preview`, {
          body,
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
          signal: controller.signal,
        })
        if (res.ok) setPreview(await res.json())
      } catch {
        // A newer edit aborted this one.
      }
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [assessmentsSlug, body, config.routes.api, config.serverURL])

  return (
    <section aria-labelledby="key-preview-heading" className="key-preview" style={{ marginBottom: '2rem' }}>
      <h3 id="key-preview-heading" style={{ marginBottom: '0.5rem' }}>
        Scoring preview
      </h3>
      {!preview ? (
        <p>Computing…</p>
      ) : preview.ranges.length === 0 ? (
        <p>Add a dimension to see its possible scores and bands.</p>
      ) : (
        preview.ranges.map((row, index) => (
          // Dimensions being added have no key yet, so the position keeps rows apart.
          <div className="key-preview__dimension" key={`${index}:${row.dimension ?? 'overall'}`}>
            <h4 style={{ margin: '0.75rem 0 0.25rem' }}>
              {row.label || row.dimension || `Dimension ${index + 1}`}
            </h4>
            <p style={{ margin: 0 }}>
              Possible scores: {row.range ? `${round(row.range.min)} – ${round(row.range.max)}` : '—'}
            </p>
            {row.bands.length > 0 && (
              <ul style={{ margin: '0.25rem 0', paddingLeft: '1.25rem' }}>
                {row.bands.map((band, bandIndex) => (
                  <li key={`${bandIndex}:${band.label ?? ''}`}>
                    {band.label || `Band ${bandIndex + 1}`}: {round(band.min)} – {round(band.max)}
                  </li>
                ))}
              </ul>
            )}
            {row.boundaries.map((boundary) => (
              <p className="key-preview__boundary" key={boundary.score} style={{ margin: 0 }}>
                {round(boundary.score)} → {boundary.owner}
              </p>
            ))}
            <p className="key-preview__coverage" style={{ margin: '0.25rem 0 0' }}>
              {coverageText(row)}
            </p>
          </div>
        ))
      )}
      {preview && preview.problems.length > 0 && (
        <ul
          className="key-preview__problems"
          style={{ color: 'var(--theme-error-750)', paddingLeft: '1.25rem' }}
        >
          {preview.problems.map((problem) => (
            <li key={problem.path + problem.message}>
              {problem.label ? `${problem.label}: ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
