import { visuallyHidden } from './visuallyHidden.js'

export type MeanSd = { label: string; meanPercent: null | number; sdPercent: null | number }

const labelWidth = 170
const axisWidth = 300
const rowHeight = 30
const axisHeight = 22
const ticks = [0, 25, 50, 75, 100]

const round = (value: number) => Math.round(value * 10) / 10
const clamp = (value: number) => Math.min(100, Math.max(0, value))
const x = (percent: number) => labelWidth + (clamp(percent) / 100) * axisWidth
const spoken = (row: MeanSd) =>
  row.meanPercent === null
    ? `${row.label}: no scores`
    : `${row.label}: mean ${round(row.meanPercent)}%` +
      (row.sdPercent === null ? '' : `, SD ${round(row.sdPercent)}`)

/**
 * Each dimension's mean percent score as a bar on a 0–100 axis, with a whisker one standard
 * deviation either side (cut at the axis ends), and the same numbers in a table for screen
 * readers. A dimension nothing scored gets no bar. Pure: the same input gives the same markup.
 */
export const meanSdChart = ({ id, rows, title }: { id: string; rows: readonly MeanSd[]; title: string }) => {
  const height = rows.length * rowHeight + axisHeight
  const width = labelWidth + axisWidth + 20
  return (
    <figure className="kindred-chart" style={{ margin: 'calc(var(--base) * 0.5) 0 0' }} data-chart="mean-sd">
      <svg
        aria-labelledby={`${id}-title ${id}-desc`}
        role="img"
        style={{ maxWidth: width, width: '100%' }}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{rows.map(spoken).join('; ') || 'No dimensions.'}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              stroke="currentColor"
              strokeOpacity={0.2}
              x1={x(tick)}
              x2={x(tick)}
              y1={0}
              y2={rows.length * rowHeight}
            />
            <text
              fill="currentColor"
              fontSize="11"
              textAnchor="middle"
              x={x(tick)}
              y={rows.length * rowHeight + 15}
            >
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = i * rowHeight
          const middle = y + rowHeight / 2
          const { meanPercent: mean, sdPercent: sd } = row
          return (
            <g key={row.label}>
              <text dominantBaseline="middle" fill="currentColor" fontSize="13" x={0} y={middle}>
                {row.label}
              </text>
              {mean !== null && (
                <rect
                  data-bar={row.label}
                  fill="var(--theme-success-500, #2f7d4f)"
                  fillOpacity={0.75}
                  height={rowHeight - 12}
                  width={x(mean) - labelWidth}
                  x={labelWidth}
                  y={y + 6}
                />
              )}
              {mean !== null && sd !== null && (
                <line
                  data-sd={row.label}
                  stroke="currentColor"
                  strokeWidth={2}
                  x1={x(mean - sd)}
                  x2={x(mean + sd)}
                  y1={middle}
                  y2={middle}
                />
              )}
            </g>
          )
        })}
      </svg>
      <table style={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Mean (%)</th>
            <th scope="col">SD</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.meanPercent === null ? '—' : round(row.meanPercent)}</td>
              <td>{row.sdPercent === null ? '—' : round(row.sdPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
