'use client'
import { useAllFormFields, useConfig } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

type Band = { label?: null | string; max?: null | number; min?: null | number }
type Row = {
  coverage: null | { gaps: { max: number; min: number }[]; ok: boolean; overlaps: { labels: string[] }[] }
  dimension: null | string
  label: string
  range: null | { max: number; min: number }
}
type Preview = { problems: { message: string; path: string }[]; ranges: Row[] }

const round = (value: number) => Math.round(value * 100) / 100
/**
 * The rows of an array field in the form's values. An array with no rows keeps its row count (0) as its
 * value, and a new document may have none at all, so anything but a list reads as no rows.
 */
const rowsOf = <T,>(value: T[] | unknown): T[] => (Array.isArray(value) ? value : [])
const bandsOnly = (bands: unknown) => rowsOf<Band>(bands).map(({ label, max, min }) => ({ label, max, min }))

/** Possible score range and band coverage per dimension, computed by the server from the form as it stands. */
export const KeyPreview = () => {
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
        const res = await fetch(`${config.serverURL}${config.routes.api}/assessments/key-preview`, {
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
  }, [body, config.routes.api, config.serverURL])

  if (!preview) return null
  return (
    <div className="field-type" style={{ marginBottom: '2rem' }}>
      <h4>Scoring preview</h4>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th align="left">Dimension</th>
            <th align="left">Possible scores</th>
            <th align="left">Band coverage</th>
          </tr>
        </thead>
        <tbody>
          {preview.ranges.map((row, index) => (
            // Dimensions being added have no key yet, so the position keeps rows apart.
            <tr key={`${index}:${row.dimension ?? 'overall'}`}>
              <td>{row.label || row.dimension}</td>
              <td>{row.range ? `${round(row.range.min)} – ${round(row.range.max)}` : '—'}</td>
              <td>
                {!row.coverage
                  ? 'no bands'
                  : row.coverage.ok
                    ? 'every score has one band'
                    : [
                        ...row.coverage.gaps.map((gap) => `gap ${round(gap.min)}–${round(gap.max)}`),
                        ...row.coverage.overlaps.map((overlap) => `overlap ${overlap.labels.join(' / ')}`),
                      ].join('; ') || 'invalid band'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.problems.length > 0 && (
        <ul style={{ color: 'var(--theme-error-500)' }}>
          {preview.problems.map((problem) => (
            <li key={problem.path + problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
