'use client'

import React, { useActionState, useId } from 'react'

import { FormMessage } from '../FormMessage.js'
import { emptyFormState } from './commentFormState.js'
import { flagCommentAction } from './flagCommentAction.js'

const reasons = [
  ['spam', 'Spam'],
  ['abuse', 'Abusive or hateful'],
  ['off-topic', 'Off topic'],
  ['other', 'Something else'],
] as const

/** "Flag": tells the moderators why a comment should not be here. Works without JavaScript. */
export const FlagForm = ({ comment }: { comment: string }) => {
  const [state, action, pending] = useActionState(flagCommentAction, emptyFormState)
  const id = useId()
  return (
    <details className="comment-flag" open={Boolean(state.message || state.errors.reason)}>
      <summary>Flag</summary>
      <form action={action}>
        <input name="comment" type="hidden" value={comment} />
        <p className="comment-field">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <select
            aria-describedby={state.errors.reason ? `${id}-reason-error` : undefined}
            defaultValue={state.values.reason ?? 'spam'}
            id={`${id}-reason`}
            name="reason"
          >
            {reasons.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {state.errors.reason ? (
            <span className="field-error" id={`${id}-reason-error`}>
              {state.errors.reason}
            </span>
          ) : null}
        </p>
        <p className="comment-field">
          <label htmlFor={`${id}-note`}>Note for the moderators (optional)</label>
          <input defaultValue={state.values.note} id={`${id}-note`} maxLength={500} name="note" type="text" />
        </p>
        <FormMessage message={state.message} role="status" />
        <button disabled={pending} type="submit">
          Flag comment
        </button>
      </form>
    </details>
  )
}
