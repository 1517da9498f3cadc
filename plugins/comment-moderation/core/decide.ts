import { defaults } from './defaults.js'
import { stepOrder } from './stepOrder.js'
import { steps, type Run } from './steps.js'
import { toTime } from './toTime.js'
import type { CommentInput, Decision, Facts, ModerationOptions, RunOptions } from './types.js'

// Spread alone would let an explicit `undefined` in the options erase a default.
const resolveOptions = (options: ModerationOptions): Run['options'] => {
  const resolved: Run['options'] = { ...defaults }
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(resolved, { [key]: value })
  }
  return resolved
}

/**
 * Decides what happens to a comment, running the steps of `stepOrder` in order. Synchronous and
 * pure: everything it needs is passed in, so the caller chooses which facts to fetch and when.
 *
 * - A refusal (steps 1, 2, 4–6), `spam` (honeypot, spam provider) or `rejected` (blocked word) ends
 *   the pipeline at once: the first such step wins.
 * - Held words, links, trust, provider failures, toxicity and pre-moderation only hold the comment:
 *   each records its reason and the pipeline goes on, so a moderator sees every concern. If a later
 *   step ends the pipeline, its reason comes last after those already recorded; otherwise the state
 *   is `pending` when any reason was recorded and `approved` (reason `passed`) when none was.
 * - `through` stops after the named step. If no step ended the pipeline by then, the decision has
 *   neither `state` nor `refuse` and the caller should fetch the remaining facts and decide again.
 */
export const decide = (
  input: CommentInput,
  facts: Facts = {},
  options: ModerationOptions = {},
  { through }: RunOptions = {},
): Decision => {
  const now = toTime(input.now)
  if (Number.isNaN(now)) throw new TypeError(`decide: input.now is not a valid date: ${String(input.now)}`)
  const run: Run = { input, facts, options: resolveOptions(options), now, reasons: [] }
  const last = through === undefined ? stepOrder.length - 1 : stepOrder.indexOf(through)
  for (let index = 0; index <= last; index++) {
    const ending = steps[stepOrder[index]](run)
    if (ending) return { ...ending, reasons: run.reasons }
  }
  if (last < stepOrder.length - 1) return { reasons: run.reasons }
  if (run.reasons.length > 0) return { state: 'pending', reasons: run.reasons }
  return { state: 'approved', reasons: [{ code: 'passed', step: 'end' }] }
}
