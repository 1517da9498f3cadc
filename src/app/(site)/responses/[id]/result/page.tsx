import { notFound, redirect } from 'next/navigation.js'
import React from 'react'

import { CounselorPanel } from '../../../../../site/assessments/CounselorPanel.js'
import { LexicalText } from '../../../../../site/assessments/LexicalText.js'
import { PartnerPanel } from '../../../../../site/assessments/PartnerPanel.js'
import { PrivateLink } from '../../../../../site/assessments/PrivateLink.js'
import { privateLinks } from '../../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../../site/assessments/problemParam.js'
import { ResultDimensions } from '../../../../../site/assessments/ResultDimensions.js'
import { ScoreChart } from '../../../../../site/assessments/ScoreChart.js'
import { tokenHeaders } from '../../../../../site/assessments/tokenHeaders.js'
import { siteApi } from '../../../../../site/siteApi.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Your result')

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * A submitted response's result, opened by its private link: the overall band, a chart of the dimensions, each
 * dimension's band, interpretation and conversation prompts, then inviting a partner, sharing with a
 * counselor, and the way to erase it (behind a confirmation page). Without its token the API answers 404, and so does this page: it says nothing of whether a result
 * exists. A draft goes back to its questions.
 */
const ResultPage = async ({ params, searchParams }: Props) => {
  const { id } = await params
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : ''
  const api = await siteApi()
  const { data: result, response } = await api.GET('/api/responses/{id}/result', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (response.status === 409) redirect(privateLinks.questions(id, token))
  if (!result) notFound()
  const problem = problemParam.read(query.problem)
  const invitation = typeof query.invitation === 'string' ? query.invitation : undefined
  const overall = result.overall
  return (
    <article className="assessment-result">
      <h1>Your result: {result.assessment.title}</h1>
      {problem && !problem.fields.code ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {query.left === '1' ? (
        <p className="notice" role="status">
          You have left the couple: its report is closed for both of you. Your own result is below.
        </p>
      ) : null}
      {overall?.band ? (
        <section aria-labelledby="overall-heading" className="overall">
          <h2 id="overall-heading">Overall: {overall.band.label}</h2>
          {overall.percent === null ? null : <p>{Math.round(overall.percent)}% overall.</p>}
          <LexicalText className="interpretation" value={overall.band.interpretation} />
        </section>
      ) : null}
      <section aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">Dimension by dimension</h2>
        <ScoreChart
          description="Your score on each dimension, as a percentage of its scale."
          id="result-chart"
          rows={result.dimensions.map((dimension) => ({
            label: dimension.label,
            values: [dimension.percent],
          }))}
          series={['You']}
          title={`Your ${result.assessment.title} by dimension`}
        />
        <ResultDimensions dimensions={result.dimensions} />
      </section>
      <PartnerPanel
        couple={result.couple}
        invitation={invitation}
        response={id}
        slug={result.assessment.slug}
        token={token}
      />
      <CounselorPanel error={problem?.fields.code} response={id} token={token} />
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">Erase my response</h2>
        <p>
          You can delete your answers and this result for good.{' '}
          <a href={privateLinks.erase(id, token)}>Erase my response…</a>
        </p>
      </section>
      <PrivateLink href={privateLinks.result(id, token)} />
    </article>
  )
}

export default ResultPage
