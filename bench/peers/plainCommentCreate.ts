import type autocannon from 'autocannon'

import { guestSequence } from '../support/guestSequence.js'

type Guest = ReturnType<ReturnType<typeof guestSequence>['next']>

/**
 * A peer's "plain create" of a comment as an autocannon target: `POST url` with the body `toBody` makes
 * of the next guest (a new name, email and text every request, as Kindred's guests).
 */
export const plainCommentCreate = (url: string, toBody: (guest: Guest) => unknown): autocannon.Options => {
  const { next } = guestSequence()
  return {
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(toBody(next())) }) }],
    url,
  }
}
