'use client'

import React, { useActionState, useId } from 'react'

import { FormMessage } from '../FormMessage.js'
import { emptyFormState } from './commentFormState.js'
import { postCommentAction } from './postCommentAction.js'

type Props = {
  /** The comment replied to; none for a new comment. */
  parent?: string
  /** The signed-in reader's display name; none for a guest, who gives a name and an email. */
  signedInAs?: string
  slug: string
}

type FieldProps = {
  as?: 'textarea'
  autoComplete?: string
  error?: string
  id: string
  label: string
  name: string
  type?: string
  value?: string
}

const Field = ({ as, autoComplete, error, id, label, name, type = 'text', value }: FieldProps) => {
  const shared = {
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-invalid': error ? true : undefined,
    defaultValue: value,
    id,
    name,
    required: true,
  }
  return (
    <p className="comment-field">
      <label htmlFor={id}>{label}</label>
      {as === 'textarea' ? (
        <textarea {...shared} rows={4} />
      ) : (
        <input {...shared} autoComplete={autoComplete} type={type} />
      )}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </p>
  )
}

/**
 * The form for a comment, or for a reply when `parent` is given. Works without JavaScript (a server action);
 * a refusal comes back with its reasons beside the fields and the text as typed.
 */
export const CommentForm = ({ parent, signedInAs, slug }: Props) => {
  const [state, action, pending] = useActionState(postCommentAction, emptyFormState)
  const id = useId()
  const reply = Boolean(parent)
  const form = (
    <form action={action} className="comment-form" noValidate>
      <input name="slug" type="hidden" value={slug} />
      {parent ? <input name="parent" type="hidden" value={parent} /> : null}
      {signedInAs ? (
        <p className="commenting-as">Commenting as {signedInAs}</p>
      ) : (
        <>
          <Field
            autoComplete="name"
            error={state.errors.name}
            id={`${id}-name`}
            label={reply ? 'Your name' : 'Name'}
            name="name"
            value={state.values.name}
          />
          <Field
            autoComplete="email"
            error={state.errors.email}
            id={`${id}-email`}
            label={reply ? 'Your email' : 'Email'}
            name="email"
            type="email"
            value={state.values.email}
          />
        </>
      )}
      <Field
        as="textarea"
        error={state.errors.body}
        id={`${id}-body`}
        label={reply ? 'Your reply' : 'Comment'}
        name="body"
        value={state.values.body}
      />
      {/* The honeypot: people never see or reach it; a bot that fills every field marks itself as spam. */}
      <div aria-hidden="true" className="comment-hp">
        <label htmlFor={`${id}-website`}>Website</label>
        <input autoComplete="off" id={`${id}-website`} name="website" tabIndex={-1} type="text" />
      </div>
      <FormMessage message={state.message} />
      <button disabled={pending} type="submit">
        {reply ? 'Post reply' : 'Post comment'}
      </button>
      {signedInAs ? null : (
        <p className="form-hint">Your email is never shown. Comments are checked before they appear.</p>
      )}
    </form>
  )
  // A reply form stays folded under its comment until asked for, or while it has something to say.
  return reply ? (
    <details className="comment-reply" open={Boolean(state.message || Object.keys(state.errors).length)}>
      <summary>Reply</summary>
      {form}
    </details>
  ) : (
    form
  )
}
