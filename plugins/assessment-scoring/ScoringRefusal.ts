import { APIError } from 'payload'

import type { Refusal } from './messages.js'

import { refusals } from './messages.js'

/** What a refusal carries besides its message: the one input field at fault, or Payload's error list. */
type RefusalData = { errors: Record<string, unknown>[] } | { field: string } | { retryAfterSeconds: number }

/**
 * The plugin's one error channel: every refusal is thrown as this, by name, with the status and message
 * `refusals` gives it; Payload answers `{ errors: [{ message, data }] }`. A `field` is reported the way
 * Payload's validation errors are (`data.errors[].path`), so a form shows it beside the field.
 */
export class ScoringRefusal extends APIError {
  readonly refusal: Refusal

  constructor(refusal: Refusal, data?: RefusalData) {
    const { message, status } = refusals[refusal]
    const body = data && 'field' in data ? { errors: [{ message, path: data.field }] } : data
    super(message, status, body, true)
    this.refusal = refusal
  }
}
