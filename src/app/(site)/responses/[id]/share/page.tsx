import { redirect } from 'next/navigation.js'
import React from 'react'

import { apiProblem } from '../../../../../site/assessments/apiProblem.js'
import { grantCounselor } from '../../../../../site/assessments/grantCounselor.js'
import {
  type PrivateResponsePageProps,
  readPrivateResponse,
} from '../../../../../site/assessments/readPrivateResponse.js'
import { privateLinks } from '../../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../../site/assessments/problemParam.js'
import { tokenHeaders } from '../../../../../site/assessments/tokenHeaders.js'
import { siteApi } from '../../../../../site/siteApi.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Share your result?')

/**
 * The confirmation step before a counselor is granted access, a page of its own so it works without JavaScript:
 * the API resolves the share code to the counselor's display name (and nothing else), the reader checks it is
 * the person they meant, and only the button grants. A code that does not work goes back to the result page,
 * with the API's one message beside the code field.
 */
const ShareResultPage = async (props: PrivateResponsePageProps) => {
  const { id, query, token } = await readPrivateResponse(props)
  const code = typeof query.code === 'string' ? query.code.trim() : ''
  const back = privateLinks.result(id, token)
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/responses/{id}/grants/preview', {
    body: { code },
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (!data) redirect(`${back}&problem=${problemParam.write(apiProblem(error, response))}#counselor`)
  const name = data.counselor.name
  return (
    <article className="confirm-page">
      <h1>Share this result with {name}?</h1>
      <ul>
        <li>{name} can read your answers and this result (not your partner&apos;s) until you end it.</li>
        <li>Every time they read it is recorded, and you see it on your result page.</li>
        <li>If this is not the counselor you meant, cancel and check the code with them.</li>
      </ul>
      <form action={grantCounselor} className="form-buttons">
        <input name="response" type="hidden" value={id} />
        <input name="token" type="hidden" value={token} />
        <input name="code" type="hidden" value={code} />
        <button type="submit">Share with {name}</button>
        <a href={`${back}#counselor`}>Cancel, do not share</a>
      </form>
    </article>
  )
}

export default ShareResultPage
