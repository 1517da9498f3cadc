import type { Metadata } from 'next'

import { notFound } from 'next/navigation.js'
import React from 'react'

import { LexicalText } from '../../../../site/assessments/LexicalText.js'
import { privatePageMetadata } from '../../../../site/assessments/privatePageMetadata.js'
import { problemParam } from '../../../../site/assessments/problemParam.js'
import { startResponse } from '../../../../site/assessments/startResponse.js'
import { siteApi } from '../../../../site/siteApi.js'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const readForm = async (slug: string, invitation: string | undefined) => {
  const api = await siteApi()
  const { data } = await api.GET('/api/assessments/{slug}/form', {
    params: { path: { slug }, query: invitation ? { invitation } : {} },
  })
  return data
}

const invitationOf = (value: string | string[] | undefined) =>
  typeof value === 'string' && value ? value : undefined

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const form = await readForm((await params).slug, undefined)
  // An invitation code may sit in this page's address: no Referer leaves it.
  return privatePageMetadata(form?.title ?? 'Assessment')
}

/** An assessment's intro: what it is, how long it takes, what happens to the answers, and the button to start. */
const AssessmentIntroPage = async ({ params, searchParams }: Props) => {
  const { slug } = await params
  const query = await searchParams
  const invitation = invitationOf(query.invitation)
  const problem = problemParam.read(query.problem)
  const invited = invitation ? await readForm(slug, invitation) : undefined
  const form = invited ?? (await readForm(slug, undefined))
  if (!form) notFound()
  const minutes = Math.max(2, Math.ceil((form.questions.length * 15) / 60))
  const invitationProblem =
    problem?.fields.invitation ??
    (invitation && !invited
      ? 'it is unknown, already used or expired. You can still take it on your own.'
      : undefined)
  return (
    <article className="assessment-intro">
      <h1>{form.title}</h1>
      {invitation && !invitationProblem ? (
        <p className="notice">
          Your partner invited you to take the {form.title}. You answer on your own: neither of you ever sees
          the other&apos;s answers.
        </p>
      ) : null}
      <LexicalText className="assessment-text" value={form.intro} />
      <h2>How it works</h2>
      <ul>
        <li>
          {form.questions.length} questions, about {minutes} minutes. You can save and come back later.
        </li>
        {form.instructions ? <li>{form.instructions}</li> : null}
      </ul>
      <h2>Your privacy</h2>
      <p>
        You need no account. Your answers and your result are private: they open only with the private link
        you get when you start, or your account if you are signed in. Nobody else sees them — not your
        partner, unless you both agree to share a couple report (and even then only scores, never answers),
        and not a counselor, unless you grant them access.
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {invitationProblem ? `This invitation cannot be used: ${invitationProblem}` : problem.message}
        </p>
      ) : null}
      <form action={startResponse}>
        <input name="slug" type="hidden" value={slug} />
        {invitation && !invitationProblem ? (
          <input name="invitation" type="hidden" value={invitation} />
        ) : null}
        <button type="submit">Start the {form.title}</button>
      </form>
    </article>
  )
}

export default AssessmentIntroPage
