'use server'

import type { CommentFormState } from './commentFormState.js'

import { siteApi } from '../siteApi.js'
import { formStateFromError } from './formStateFromError.js'

const reasons = ['spam', 'abuse', 'off-topic', 'other'] as const
type Reason = (typeof reasons)[number]

/** Flags a comment for the moderators, as the reader (or the guest's address); says it was received or why not. */
export const flagCommentAction = async (
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> => {
  const id = String(form.get('comment') ?? '')
  const reason = String(form.get('reason') ?? '')
  const note = String(form.get('note') ?? '').trim()
  const values = { note, reason }
  if (!reasons.includes(reason as Reason)) {
    return { errors: { reason: 'Choose why you are flagging this comment.' }, values }
  }
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/comments/{id}/flags', {
    body: { note: note || undefined, reason: reason as Reason },
    params: { path: { id } },
  })
  if (response.status === 409)
    return { errors: {}, message: 'You have already flagged this comment.', values }
  if (!data) return formStateFromError(response, error, values)
  return { errors: {}, message: 'Thank you. A moderator will look at this comment.', values: {} }
}
