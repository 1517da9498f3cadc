import { notFound } from 'next/navigation.js'
import React from 'react'

import { CoupleReportView } from '../../../../site/assessments/CoupleReportView.js'
import { privateLinks } from '../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../site/assessments/problemParam.js'
import { shareReport } from '../../../../site/assessments/shareReport.js'
import { tokenHeaders } from '../../../../site/assessments/tokenHeaders.js'
import { siteApi } from '../../../../site/siteApi.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Couple report')

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * A couple's report, opened from one partner's private result link (`?response=&token=`): the report once both
 * have submitted and agreed, else what is missing and the button to agree; and the button to withdraw, which
 * closes it for both. The API gives both partners the same refusal, so neither learns why it is closed.
 */
const CouplePage = async ({ params, searchParams }: Props) => {
  const { id } = await params
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : ''
  const responseId = typeof query.response === 'string' ? query.response : ''
  const api = await siteApi()
  const { data: report, response } = await api.GET('/api/couples/{id}/report', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (!report && response.status !== 403) notFound()
  const problem = problemParam.read(query.problem)
  const consentForm = (share: boolean, label: string) => (
    <form action={shareReport}>
      <input name="response" type="hidden" value={responseId} />
      <input name="token" type="hidden" value={token} />
      <input name="couple" type="hidden" value={id} />
      <input name="share" type="hidden" value={String(share)} />
      <button className={share ? undefined : 'secondary'} type="submit">
        {label}
      </button>
    </form>
  )
  return (
    <article className="couple-report">
      <h1>Couple report{report ? `: ${report.assessment.title}` : ''}</h1>
      {problem ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {report ? (
        <>
          <CoupleReportView report={report} />
          <section aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">Stop sharing</h2>
            <p>Withdrawing closes this report for both of you at once. You can agree again later.</p>
            {consentForm(false, 'Withdraw my consent')}
          </section>
        </>
      ) : (
        <section aria-labelledby="closed-heading" className="notice">
          <h2 id="closed-heading">Not open</h2>
          <p>The couple report opens once both partners have submitted and agreed to share it.</p>
          {query.shared === '1' ? (
            <p>You have agreed to share. The report opens when your partner agrees too.</p>
          ) : (
            <p>
              Sharing shows your partner your score and band on each dimension and where you agree — never
              your answers.
            </p>
          )}
          {consentForm(true, 'Share my results with my partner')}
          {query.shared === '1' ? consentForm(false, 'Withdraw my consent') : null}
        </section>
      )}
      <p>
        <a href={privateLinks.result(responseId, token)}>Back to my result</a>
      </p>
    </article>
  )
}

export default CouplePage
