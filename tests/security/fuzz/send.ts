import http from 'node:http'

export type Sent = { body: string; status: number }

/**
 * Sends a request exactly as given: the path is not normalised or re-encoded, so invalid
 * percent-encodings reach the server as they are. A request that gets no answer within
 * `timeoutMs` counts as status 0, which the fuzzer treats as a failure like a 5xx.
 */
export const send = (
  base: URL,
  request: { body?: Buffer; headers: Record<string, string>; method: string; path: string },
  timeoutMs = 30_000,
): Promise<Sent> =>
  new Promise((resolve) => {
    let req: http.ClientRequest
    try {
      req = http.request(
        {
          // A fresh connection each time: a kept-alive socket the server is closing resets the next
          // request on it, a client artefact that would read as "no answer".
          agent: false,
          headers: {
            ...request.headers,
            ...(request.body ? { 'Content-Length': String(request.body.length) } : {}),
          },
          host: base.hostname,
          method: request.method,
          path: request.path,
          port: base.port,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ body: Buffer.concat(chunks).toString('utf8'), status: res.statusCode ?? 0 }),
          )
          res.on('error', (error) => resolve({ body: String(error), status: 0 }))
        },
      )
    } catch (error) {
      // Node refuses to send it (an invalid header): nothing reached the server.
      resolve({ body: String(error), status: -1 })
      return
    }
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', (error) => resolve({ body: String(error), status: 0 }))
    req.end(request.body)
  })
