import { visuallyHidden } from './visuallyHidden.js'

export type BandCount = { count: number; label: string }

const labelWidth = 170
const barSpace = 250
const rowHeight = 30

/**
 * How many responses fell in each band of one dimension, as horizontal bars (one per band, in
 * the key's order, zero-width when empty) with the count beside each, and the same numbers in a
 * table for screen readers. Pure: the same input gives the same markup.
 */
export const bandDistributionChart = ({
  bands,
  id,
  title,
  unbanded = 0,
}: {
  bands: readonly BandCount[]
  /** Unique on the page: the SVG's title and description are referenced by it. */
  id: string
  title: string
  /** Scored responses no band covered (a partial `sum`), told in the description. */
  unbanded?: number
}) => {
  const largest = Math.max(1, ...bands.map((band) => band.count))
  const height = Math.max(1, bands.length) * rowHeight
  const desc = [
    ...bands.map((band) => `${band.label}: ${band.count}`),
    ...(unbanded > 0 ? [`in no band: ${unbanded}`] : []),
  ].join('; ')
  return (
    <figure className="kindred-chart" style={{ margin: 'calc(var(--base) * 0.5) 0 0' }} data-chart="bands">
      <svg
        aria-labelledby={`${id}-title ${id}-desc`}
        role="img"
        style={{ maxWidth: labelWidth + barSpace + 50, width: '100%' }}
        viewBox={`0 0 ${labelWidth + barSpace + 50} ${height}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc || 'No bands.'}</desc>
        {bands.map((band, i) => {
          const y = i * rowHeight
          const width = (band.count / largest) * barSpace
          return (
            <g key={band.label}>
              <text dominantBaseline="middle" fill="currentColor" fontSize="13" x={0} y={y + rowHeight / 2}>
                {band.label}
              </text>
              <rect
                data-bar={band.label}
                fill="var(--theme-success-500, #2f7d4f)"
                height={rowHeight - 8}
                rx={2}
                width={width}
                x={labelWidth}
                y={y + 4}
              />
              <text
                dominantBaseline="middle"
                fill="currentColor"
                fontSize="13"
                x={labelWidth + width + 6}
                y={y + rowHeight / 2}
              >
                {band.count}
              </text>
            </g>
          )
        })}
      </svg>
      <table style={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Band</th>
            <th scope="col">Responses</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.label}>
              <th scope="row">{band.label}</th>
              <td>{band.count}</td>
            </tr>
          ))}
          {unbanded > 0 && (
            <tr>
              <th scope="row">In no band</th>
              <td>{unbanded}</td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  )
}
