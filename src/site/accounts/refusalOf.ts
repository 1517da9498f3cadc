import type { AccountFormState } from './AccountFormState.js'

import { waitTime } from './waitTime.js'

type ErrorBody = {
  errors?: { data?: { errors?: { message?: unknown; path?: unknown }[] }; message?: unknown }[]
}

/**
 * What to show for an API refusal: each field error Payload names (`errors[0].data.errors[].path`) next to its
 * field, a 429 as the wait from `Retry-After`, anything else as the API's own message for the whole form.
 */
export const refusalOf = (
  response: { headers: Headers; status: number },
  body: unknown,
): Omit<AccountFormState, 'values'> => {
  if (response.status === 429)
    return {
      fields: {},
      message: `Too many attempts. Please wait ${waitTime(response.headers.get('retry-after'))} and try again.`,
    }
  const errors = (body as ErrorBody | undefined)?.errors ?? []
  const fields: Record<string, string> = {}
  for (const error of errors)
    for (const field of error.data?.errors ?? [])
      if (typeof field.path === 'string' && typeof field.message === 'string')
        fields[field.path] ??= field.message
  if (Object.keys(fields).length > 0) return { fields }
  const message =
    typeof errors[0]?.message === 'string' ? errors[0].message : 'Something went wrong. Please try again.'
  return { fields: {}, message }
}
