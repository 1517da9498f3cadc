import React from 'react'

type Props = {
  /** Nothing is shown without one. */
  message?: string
  /** `alert` for a refusal the reader must act on; `status` for news that needs no action. @default 'alert' */
  role?: 'alert' | 'status'
}

/** The message about a whole form (not one of its fields), announced to screen readers as it appears. */
export const FormMessage = ({ message, role = 'alert' }: Props) =>
  message ? (
    <p className="form-message" role={role}>
      {message}
    </p>
  ) : null
