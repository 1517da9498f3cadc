/** A pipeline refusal as the HTTP answer: 429s carry `Retry-After`, as clients and proxies expect. */
export const refusal = (result: { message: string; retryAfterSeconds?: number; status: number }): Response =>
  Response.json(
    { errors: [{ message: result.message }] },
    {
      headers: result.retryAfterSeconds ? { 'Retry-After': String(result.retryAfterSeconds) } : undefined,
      status: result.status,
    },
  )
