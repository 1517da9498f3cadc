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
 * have submitted and agreed, else who has agreed so far (the API tells partners both consents, and nobody else
 * anything) and the button to agree or withdraw; and the way to leave the couple, behind a confirmation page.
 * Why a report is closed the API does not say, so a partner who left reads like one who withdrew.
 */
const CouplePage = async ({ params, searchParams }: Props) => {
  const { id } = await params
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : ''
  const responseId = typeof query.response === 'string' ? query.response : ''
  const api = await siteApi()
  const headers = tokenHeaders(token)
  const [{ data: state }, { data: report }] = await Promise.all([
    api.GET('/api/couples/{id}/consent', { headers, params: { path: { id } } }),
    api.GET('/api/couples/{id}/report', { headers, params: { path: { id } } }),
  ])
  if (!state) notFound()
  const { mine, partner } = state.consent
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
      {query.shared === '1' || query.shared === '0' ? (
        <p className="notice" role="status">
          {query.shared === '1' ? 'Saved: you agreed to share.' : 'Saved: you stopped sharing.'}
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
          <ul className="consent-state">
            <li>{mine ? 'You have agreed to share.' : 'You have not agreed to share.'}</li>
            <li>{partner ? 'Your partner has agreed to share.' : 'Your partner has not agreed to share.'}</li>
          </ul>
          {mine && partner ? (
            <p>You have both agreed: the report opens once you have both submitted your answers.</p>
          ) : null}
          {mine ? null : (
            <p>
              Sharing shows your partner your score and band on each dimension and where you agree — never
              your answers.
            </p>
          )}
          {mine
            ? consentForm(false, 'Withdraw my consent')
            : consentForm(true, 'Share my results with my partner')}
        </section>
      )}
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading">Leave the couple</h2>
        <p>
          Leaving closes this report for both of you for good. Your own result stays yours.{' '}
          <a href={privateLinks.leave(id, responseId, token)}>Leave this couple…</a>
        </p>
      </section>
      <p>
        <a href={privateLinks.result(responseId, token)}>Back to my result</a>
      </p>
    </article>
  )
}

export default CouplePage
