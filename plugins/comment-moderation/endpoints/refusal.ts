/**
 * A pipeline refusal as the HTTP answer: 429s carry `Retry-After`, as clients and proxies expect; a refusal of
 * one field names it as validation errors do (`data.errors[].path`).
 */
export const refusal = (result: {
  field?: string
  message: string
  retryAfterSeconds?: number
  status: number
}): Response =>
  Response.json(
    {
      errors: [
        result.field
          ? { data: { errors: [{ message: result.message, path: result.field }] }, message: result.message }
          : { message: result.message },
      ],
    },
    {
      headers: result.retryAfterSeconds ? { 'Retry-After': String(result.retryAfterSeconds) } : undefined,
      status: result.status,
    },
  )
