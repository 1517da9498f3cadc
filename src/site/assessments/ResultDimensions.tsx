import React from 'react'

import type { SiteResult } from './formTypes.js'

import { LexicalText } from './LexicalText.js'

const scoreText = (dimension: SiteResult['dimensions'][number]) => {
  if (dimension.withheld || dimension.score === null)
    return 'Not scored: too few of its questions were answered.'
  const percent =
    dimension.percent === null ? '' : ` (${Math.round(dimension.percent)}% of the way up the scale)`
  return `Score ${Number(dimension.score.toFixed(2))}${percent}.`
}

/** Each dimension of a result in words: its band, score, what the band means, and prompts to talk about together. */
export const ResultDimensions = ({ dimensions }: { dimensions: SiteResult['dimensions'] }) => (
  <div className="result-dimensions">
    {dimensions.map((dimension) => (
      <section
        aria-labelledby={`dimension-${dimension.key}`}
        className="result-dimension"
        key={dimension.key}
      >
        <h3 id={`dimension-${dimension.key}`}>
          {dimension.label}
          {dimension.band ? `: ${dimension.band.label}` : ''}
        </h3>
        {dimension.description ? <p className="dimension-description">{dimension.description}</p> : null}
        <p>{scoreText(dimension)}</p>
        {dimension.band ? (
          <LexicalText className="interpretation" value={dimension.band.interpretation} />
        ) : null}
        {dimension.band?.conversationPrompts.length ? (
          <>
            <h4>Talk about it</h4>
            <ul className="conversation-prompts">
              {dimension.band.conversationPrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    ))}
  </div>
)
