import { redirect } from 'next/navigation.js'
import React from 'react'

import { formPages } from '../../../../site/assessments/formPages.js'
import { PrivateLink } from '../../../../site/assessments/PrivateLink.js'
import {
  type PrivateResponsePageProps,
  readPrivateResponse,
} from '../../../../site/assessments/readPrivateResponse.js'
import { privateLinks } from '../../../../site/assessments/privateLinks.js'
import { privatePageMetadata } from '../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../site/assessments/problemParam.js'
import { QuestionFieldset } from '../../../../site/assessments/QuestionFieldset.js'
import { saveAnswers } from '../../../../site/assessments/saveAnswers.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Your answers')

/**
 * One page of a draft's questions, opened by its private link (`?token=`): the answers saved so far, progress, and
 * buttons to go back, save and continue, save for later, or (on the last page) submit. A submitted response goes
 * to its result. Without the token (or with a wrong one) the API answers 404 and so does this page.
 */
const ResponsePage = async (props: PrivateResponsePageProps) => {
  const { data, id, query, token } = await readPrivateResponse(props)
  if (!data.form) redirect(privateLinks.result(id, token))
  const problem = problemParam.read(query.problem)
  const shown = formPages(data.form.questions, Number(query.page ?? 1))
  const last = shown.page === shown.pages
  return (
    <article className="assessment-questions">
      <h1>{data.assessment.title}</h1>
      <p className="progress-text" id="progress">
        Page {shown.page} of {shown.pages} · questions {shown.first}–{shown.last} of{' '}
        {data.form.questions.length}
      </p>
      <progress aria-labelledby="progress" max={shown.pages} value={shown.page} />
      {problem ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <form action={saveAnswers}>
        <input name="response" type="hidden" value={id} />
        <input name="token" type="hidden" value={token} />
        <input name="page" type="hidden" value={shown.page} />
        {shown.questions.map((question, index) => (
          <QuestionFieldset
            answer={data.answers[question.id]}
            error={problem?.fields[`answers.${question.id}`]}
            key={question.id}
            number={shown.first + index}
            question={question}
          />
        ))}
        <div className="form-buttons">
          {last ? (
            <button name="intent" type="submit" value="submit">
              Submit my answers
            </button>
          ) : (
            <button name="intent" type="submit" value="next">
              Save and continue
            </button>
          )}
          {shown.page > 1 ? (
            <button className="secondary" name="intent" type="submit" value="back">
              Back
            </button>
          ) : null}
          <button className="secondary" name="intent" type="submit" value="later">
            Save and finish later
          </button>
        </div>
      </form>
      <PrivateLink href={privateLinks.questions(id, token, shown.page)} saved={query.saved === '1'} />
    </article>
  )
}

export default ResponsePage
