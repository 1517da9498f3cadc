import React from 'react'

import { eraseResponse } from '../../../../../site/assessments/eraseResponse.js'
import {
  type PrivateResponsePageProps,
  readPrivateResponse,
} from '../../../../../site/assessments/readPrivateResponse.js'
import { privateLinks } from '../../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../../site/assessments/problemParam.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Erase your response?')

/**
 * The confirmation step before erasing a response, a page of its own so it works without JavaScript: what is
 * erased, what a partner and a counselor see afterwards, then the one button that erases. Without the response's
 * token the API answers 404 and so does this page.
 */
const EraseResponsePage = async (props: PrivateResponsePageProps) => {
  const { data, id, query, token } = await readPrivateResponse(props)
  const problem = problemParam.read(query.problem)
  const back = data.status === 'draft' ? privateLinks.questions(id, token) : privateLinks.result(id, token)
  return (
    <article className="confirm-page">
      <h1>Erase your response?</h1>
      {problem ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <p>Your answers to the {data.assessment.title} and your result are deleted for good.</p>
      <ul>
        <li>Your private link stops working; nothing can bring the response back.</li>
        <li>Counselors you shared it with can no longer read it.</li>
        {data.couple ? (
          <li>
            Your couple report closes for both of you. Your partner keeps their own result; their couple page
            says the report is not open and that you have not agreed to share — it does not say that you
            erased your response.
          </li>
        ) : null}
      </ul>
      <form action={eraseResponse} className="form-buttons">
        <input name="response" type="hidden" value={id} />
        <input name="token" type="hidden" value={token} />
        <button type="submit">Erase my response</button>
        <a href={back}>Cancel, keep my response</a>
      </form>
    </article>
  )
}

export default EraseResponsePage
