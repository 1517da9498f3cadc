import React from 'react'

export type ChartRow = { label: string; values: (number | null)[] }

type Props = { description: string; id: string; rows: ChartRow[]; series: string[]; title: string }

const width = 640
const labelWidth = 190
const barHeight = 18
const gap = 14
const colors = ['#8a2f4d', '#2f5f8a']

const percentText = (value: number | null) => (value === null ? 'not scored' : `${Math.round(value)}%`)

/**
 * Horizontal bars of percent scores (0–100), one group per dimension and one bar per series (you, your
 * partner), drawn on the server as SVG. It is an image with a title and a description that carries every
 * number, so a screen reader hears what the bars show; the page prints the numbers beside it too.
 */
export const ScoreChart = ({ description, id, rows, series, title }: Props) => {
  const group = series.length * barHeight + gap
  const height = rows.length * group + 30
  const scale = (value: number) => ((width - labelWidth - 50) * Math.max(0, Math.min(100, value))) / 100
  const numbers = rows
    .map(
      (row) =>
        `${row.label}: ${row.values.map((value, index) => `${series[index]} ${percentText(value)}`).join(', ')}`,
    )
    .join('; ')
  return (
    <figure className="score-chart">
      <svg
        aria-labelledby={`${id}-title ${id}-desc`}
        role="img"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`${description} ${numbers}.`}</desc>
        {rows.map((row, rowIndex) => {
          const top = rowIndex * group
          return (
            <g key={row.label}>
              <text fill="#1f2430" fontSize="14" x="0" y={top + (series.length * barHeight) / 2 + 5}>
                {row.label}
              </text>
              {row.values.map((value, index) => (
                <g key={series[index]}>
                  <rect
                    fill={colors[index % colors.length]}
                    height={barHeight - 4}
                    width={value === null ? 0 : scale(value)}
                    x={labelWidth}
                    y={top + index * barHeight}
                  />
                  <text
                    fill="#1f2430"
                    fontSize="12"
                    x={labelWidth + (value === null ? 0 : scale(value)) + 6}
                    y={top + index * barHeight + 12}
                  >
                    {percentText(value)}
                  </text>
                </g>
              ))}
            </g>
          )
        })}
        <line stroke="#4b5160" x1={labelWidth} x2={labelWidth} y1="0" y2={rows.length * group} />
        <text fill="#4b5160" fontSize="12" x={labelWidth} y={height - 8}>
          0%
        </text>
        <text fill="#4b5160" fontSize="12" textAnchor="end" x={labelWidth + scale(100)} y={height - 8}>
          100%
        </text>
      </svg>
      {series.length > 1 ? (
        <figcaption className="chart-legend">
          {series.map((name, index) => (
            <span key={name}>
              <span
                aria-hidden="true"
                className="swatch"
                style={{ background: colors[index % colors.length] }}
              />{' '}
              {name}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  )
}
