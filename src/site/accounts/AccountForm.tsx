'use client'

import React, { useActionState } from 'react'

import { FormMessage } from '../FormMessage.js'
import type { AccountFormState } from './AccountFormState.js'

export type AccountField = {
  autoComplete: string
  hint?: string
  label: string
  name: string
  type: 'email' | 'password' | 'text'
}

/**
 * An account form (sign up, sign in, reset): labelled fields, the API's refusal of each shown beside it, and the
 * form's own message above the button. It works without JavaScript: the server action runs on a plain POST and
 * the page comes back with its answer.
 */
export const AccountForm = ({
  action,
  fields,
  hidden = {},
  submit,
}: {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>
  fields: AccountField[]
  hidden?: Record<string, string>
  submit: string
}) => {
  const [state, formAction, pending] = useActionState(action, { fields: {}, values: {} })
  return (
    <form action={formAction} className="account-form" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} name={name} type="hidden" value={value} />
      ))}
      {fields.map((field) => {
        const error = state.fields[field.name]
        const described = [field.hint ? `${field.name}-hint` : '', error ? `${field.name}-error` : '']
          .filter(Boolean)
          .join(' ')
        return (
          <p className="account-field" key={field.name}>
            <label htmlFor={field.name}>{field.label}</label>
            {field.hint ? (
              <span className="field-hint" id={`${field.name}-hint`}>
                {field.hint}
              </span>
            ) : null}
            <input
              aria-describedby={described || undefined}
              aria-invalid={error ? true : undefined}
              autoComplete={field.autoComplete}
              defaultValue={field.type === 'password' ? undefined : state.values[field.name]}
              id={field.name}
              name={field.name}
              required
              type={field.type}
            />
            {error ? (
              <span className="field-error" id={`${field.name}-error`}>
                {error}
              </span>
            ) : null}
          </p>
        )
      })}
      <FormMessage message={state.message} />
      <button disabled={pending} type="submit">
        {submit}
      </button>
    </form>
  )
}
