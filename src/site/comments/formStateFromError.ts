import type { CommentFormState } from './commentFormState.js'

import { waitMessage } from './waitMessage.js'

type ApiError = { errors?: { data?: { errors?: { message: string; path: string }[] }; message: string }[] }

// The API's field paths, as the form's fields are named.
const fieldOf: Record<string, string> = { 'author.email': 'email', 'author.name': 'name', body: 'body' }

/**
 * An API refusal as the form shows it: each named field's reason beside that field, a rate limit as the wait,
 * anything else as one message. The typed values go back into the form, so no comment is lost.
 */
export const formStateFromError = (
  response: Response,
  error: unknown,
  values: Record<string, string>,
): CommentFormState => {
  if (response.status === 429) {
    return { errors: {}, message: waitMessage(Number(response.headers.get('retry-after')) || 60), values }
  }
  const first = (error as ApiError | undefined)?.errors?.[0]
  const errors: Record<string, string> = {}
  for (const item of first?.data?.errors ?? []) {
    const field = fieldOf[item.path] ?? 'form'
    errors[field] ??= item.message
  }
  const unplaced = errors.form ?? (Object.keys(errors).length ? undefined : first?.message)
  delete errors.form
  return {
    errors,
    message: unplaced ?? (response.ok ? undefined : 'Something went wrong. Please try again.'),
    values,
  }
}
