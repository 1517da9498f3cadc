/** What the reader is told about a refused API call: the message, each field's reason, and a wait for 429. */
export type ApiProblem = { fields: Record<string, string>; message: string; retryAfterSeconds?: number }

type ErrorBody = {
  errors?: { data?: { errors?: { message?: string; path?: string }[] }; message?: string }[]
}

/** Reads Payload's error shape (`errors[0].data.errors[]` with path and message) and Retry-After into an ApiProblem. */
export const apiProblem = (error: unknown, response: Response): ApiProblem => {
  const first = (error as ErrorBody | undefined)?.errors?.[0]
  const fields: Record<string, string> = {}
  for (const item of first?.data?.errors ?? [])
    if (item.path && item.message) fields[item.path] = item.message
  const retryAfter = Number(response.headers.get('retry-after'))
  if (response.status === 429 && retryAfter > 0)
    return {
      fields,
      message: `Too many attempts. Please wait ${waitText(retryAfter)} and try again.`,
      retryAfterSeconds: retryAfter,
    }
  return { fields, message: first?.message ?? `The request was refused (${response.status}).` }
}

const waitText = (seconds: number) =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
