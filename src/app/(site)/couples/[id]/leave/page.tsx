import { notFound } from 'next/navigation.js'
import React from 'react'

import { ConfirmationPage } from '../../../../../site/assessments/ConfirmationPage.js'
import { leaveCouple } from '../../../../../site/assessments/leaveCouple.js'
import { privateLinks } from '../../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../../site/assessments/privatePageMetadata.js'
import { tokenHeaders } from '../../../../../site/assessments/tokenHeaders.js'
import { siteApi } from '../../../../../site/siteApi.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Leave this couple?')

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The confirmation step before leaving a couple, a page of its own so it works without JavaScript: what leaving
 * does to each partner's view, then the one button that leaves. Only a partner reaches it (the API's 404 otherwise).
 */
const LeaveCouplePage = async ({ params, searchParams }: Props) => {
  const { id } = await params
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : ''
  const responseId = typeof query.response === 'string' ? query.response : ''
  const api = await siteApi()
  const { data: member } = await api.GET('/api/couples/{id}/consent', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (!member) notFound()
  return (
    <ConfirmationPage
      action={leaveCouple}
      cancel={{ href: privateLinks.couple(id, responseId, token), label: 'Cancel, stay in the couple' }}
      confirm="Leave the couple"
      fields={{ couple: id, response: responseId, token }}
      problem={query.problem}
      title="Leave this couple?"
    >
      <ul>
        <li>The couple report closes for both of you, and cannot be opened again.</li>
        <li>
          Your partner keeps their own result. Their couple page says the report is not open and that you have
          not agreed to share; it does not say that you left.
        </li>
        <li>Your own answers and result stay yours, at your private link.</li>
        <li>To compare again later, invite your partner anew from your result; they answer again.</li>
      </ul>
    </ConfirmationPage>
  )
}

export default LeaveCouplePage
