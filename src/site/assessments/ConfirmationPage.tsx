import React from 'react'

import { problemParam } from './problemParam.js'

type Props = {
  /** The server action the one button submits to; it redirects back here with `problem` when refused. */
  action: (form: FormData) => Promise<void>
  /** The way back, for a reader who changes their mind. */
  cancel: { href: string; label: string }
  /** What the action does, and what each person concerned sees afterwards. */
  children: React.ReactNode
  /** The button's words. */
  confirm: string
  /** The hidden fields the action reads (response id, token, …). */
  fields: Record<string, string>
  /** The `problem` query parameter a refused action left. */
  problem: string | string[] | undefined
  title: string
}

/**
 * The confirmation step before an action that cannot be undone, a page of its own so it works without
 * JavaScript: the consequences, then one button that acts and one link that goes back.
 */
export const ConfirmationPage = ({ action, cancel, children, confirm, fields, problem, title }: Props) => {
  const refused = problemParam.read(problem)
  return (
    <article className="confirm-page">
      <h1>{title}</h1>
      {refused ? (
        <p className="field-error" role="alert">
          {refused.message}
        </p>
      ) : null}
      {children}
      <form action={action} className="form-buttons">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} name={name} type="hidden" value={value} />
        ))}
        <button type="submit">{confirm}</button>
        <a href={cancel.href}>{cancel.label}</a>
      </form>
    </article>
  )
}
