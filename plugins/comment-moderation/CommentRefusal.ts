import { APIError } from 'payload'

import type { Decision } from './core/index.js'
import type { RefusalDetails, RefusalEntry, RefusalName } from './messages.js'

import { defaults } from './core/index.js'
import { pipelineRefusals, refusals } from './messages.js'

/** What a refusal carries besides its name: what its wording needs, and the input fields at fault. */
type RefusalData = { details?: RefusalDetails; fields?: string[] }

/**
 * The plugin's one error channel: every refusal is thrown as this, by name, with the status and message
 * `refusals` gives it; Payload answers `{ errors: [{ message, data }] }`. The input fields at fault are
 * reported the way Payload's validation errors are (`data.errors[].path`), so a form shows the reason beside
 * each. A 429 keeps its wait in `retryAfterSeconds` for the `Retry-After` header (`answerRefusals`).
 */
export class CommentRefusal extends APIError {
  readonly refusal: RefusalName
  readonly retryAfterSeconds: number | undefined

  constructor(refusal: RefusalName, { details = {}, fields = [] }: RefusalData = {}) {
    const entry: RefusalEntry = refusals[refusal]
    const message = typeof entry.message === 'function' ? entry.message(details) : entry.message
    const errors = fields.map((path) => ({ message: entry.fieldMessage ?? message, path }))
    super(message, entry.status, errors.length ? { errors } : undefined, true)
    this.refusal = refusal
    this.retryAfterSeconds = entry.status === 429 ? (details.retryAfterSeconds ?? 1) : undefined
  }

  /** The refusal of a comment the pipeline refused, named by the reason that ended it; a refused length names `body`. */
  static ofDecision(decision: Decision): CommentRefusal {
    const reason = decision.reasons.at(-1)
    const refusal = reason && pipelineRefusals[reason.code as keyof typeof pipelineRefusals]
    // Only the steps `pipelineRefusals` names refuse (core/steps.ts): any other reason here is a bug, and a 500 says so.
    if (!refusal) throw new Error(`The pipeline refused with no commenter-facing reason (${reason?.code})`)
    const details = reason.details as { max?: number; min?: number } | undefined
    return new CommentRefusal(refusal, {
      details: {
        max: details?.max ?? defaults.maxLength,
        min: details?.min ?? defaults.minLength,
        retryAfterSeconds: decision.refuse?.retryAfterSeconds,
      },
      fields: refusal === 'tooLong' || refusal === 'tooShort' ? ['body'] : [],
    })
  }
}
