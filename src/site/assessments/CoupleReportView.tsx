import React from 'react'

import type { SiteCoupleReport } from './formTypes.js'

import { ScoreChart } from './ScoreChart.js'

const side = (value: { band: null | string; percent: null | number }) =>
  value.percent === null
    ? 'not scored'
    : `${Math.round(value.percent)}%${value.band ? ` (${value.band})` : ''}`

/**
 * The couple report: both partners' scores per dimension as a chart and in words, how often you agree, then the
 * strengths and the growth areas with prompts to talk about. Scores and agreement only; never answers.
 */
export const CoupleReportView = ({ report }: { report: SiteCoupleReport }) => (
  <>
    <section aria-labelledby="couple-dimensions-heading">
      <h2 id="couple-dimensions-heading">Side by side</h2>
      <ScoreChart
        description="Each partner's score on each dimension, as a percentage of its scale."
        id="couple-chart"
        rows={report.dimensions.map((dimension) => ({
          label: dimension.label,
          values: [dimension.you.percent, dimension.partner.percent],
        }))}
        series={['You', 'Your partner']}
        title={`Your ${report.assessment.title} and your partner's, by dimension`}
      />
      <ul className="couple-dimensions">
        {report.dimensions.map((dimension) => (
          <li key={dimension.key}>
            <strong>{dimension.label}</strong>: you {side(dimension.you)}, your partner{' '}
            {side(dimension.partner)}
            {dimension.pca === null
              ? ''
              : `; you both answered positively on ${Math.round(dimension.pca)}% of its statements`}
            .
          </li>
        ))}
      </ul>
    </section>
    <section aria-labelledby="strengths-heading">
      <h2 id="strengths-heading">Your strengths</h2>
      {report.strengths.length ? (
        <ul>
          {report.strengths.map((strength) => (
            <li key={strength.key}>{strength.label}</li>
          ))}
        </ul>
      ) : (
        <p>No dimension stands out yet; the growth areas below are a good place to start.</p>
      )}
    </section>
    <section aria-labelledby="growth-heading">
      <h2 id="growth-heading">Where you can grow together</h2>
      {report.growthAreas.map((area) => (
        <section aria-labelledby={`growth-${area.key}`} key={area.key}>
          <h3 id={`growth-${area.key}`}>{area.label}</h3>
          {area.conversationPrompts.length ? (
            <ul className="conversation-prompts">
              {area.conversationPrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </section>
  </>
)
