export type Call = (route: string, init?: RequestInit) => Promise<Response>

/**
 * The REST API of the server at `serverURL` as the staff member whose JWT is given (none: anonymous): string
 * bodies go as JSON, forms as they are, and `init.headers` add to those (a forwarded address, say). `call` answers
 * the response, `json` its status and parsed body, `post` sends a value as JSON, `create` makes a document or
 * throws.
 */
export const staffCalls = (serverURL: string, token?: string) => {
  const call: Call = (route, init = {}) =>
    fetch(`${serverURL}${route}`, {
      ...init,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    })
  const json = async (route: string, init?: RequestInit) => {
    const res = await call(route, init)
    return { body: await res.json(), status: res.status }
  }
  const post = (route: string, body: unknown) => json(route, { body: JSON.stringify(body), method: 'POST' })
  const create = async (collection: string, data: Record<string, unknown>) => {
    const res = await call(`/api/${collection}`, { body: JSON.stringify(data), method: 'POST' })
    if (res.status !== 201)
      throw new Error(`creating in ${collection} answered ${res.status}: ${await res.text()}`)
    return ((await res.json()) as { doc: { id: string; publishedAt: string; slug: string; title: string } })
      .doc
  }
  return { call, create, json, post }
}
