import React from 'react'

import { ConfirmationPage } from '../../../../../site/assessments/ConfirmationPage.js'
import { eraseResponse } from '../../../../../site/assessments/eraseResponse.js'
import {
  type PrivateResponsePageProps,
  readPrivateResponse,
} from '../../../../../site/assessments/readPrivateResponse.js'
import { privateLinks } from '../../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../../site/assessments/privatePageMetadata.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Erase your response?')

/**
 * The confirmation step before erasing a response, a page of its own so it works without JavaScript: what is
 * erased, what a partner and a counselor see afterwards, then the one button that erases. Without the response's
 * token the API answers 404 and so does this page.
 */
const EraseResponsePage = async (props: PrivateResponsePageProps) => {
  const { data, id, query, token } = await readPrivateResponse(props)
  const back = data.status === 'draft' ? privateLinks.questions(id, token) : privateLinks.result(id, token)
  return (
    <ConfirmationPage
      action={eraseResponse}
      cancel={{ href: back, label: 'Cancel, keep my response' }}
      confirm="Erase my response"
      fields={{ response: id, token }}
      problem={query.problem}
      title="Erase your response?"
    >
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
    </ConfirmationPage>
  )
}

export default EraseResponsePage
