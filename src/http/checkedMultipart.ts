import type { IncomingHttpHeaders } from 'node:http'

import busboy from 'busboy'
import { type Readable, Transform } from 'node:stream'
import { APIError } from 'payload'

const malformed = (reason: string) =>
  new APIError(`Malformed multipart body: ${reason}.`, 400, undefined, true)

/**
 * A multipart body, passed through unchanged while the parser Payload uses
 * (busboy) reads along. Payload reports busboy's complaints ("Unexpected end
 * of form", "Malformed part header") and a bad `_payload` as a 500; here the stream
 * fails first with a 400 naming the problem, before Payload's parser sees the
 * bad bytes, and Payload answers with that error instead.
 */
export const checkedMultipart = (body: Readable, headers: IncomingHttpHeaders): Readable => {
  let failure: Error | undefined
  const fail = (error: Error) => (failure ??= malformed(error.message.replace(/^Multipart: /, '')))
  // bodyGuard has made sure the Content-Type is one busboy accepts.
  const parser = busboy({ headers })
  parser.on('error', fail)
  // A form cut off inside a file part also fails the file's stream; with no listener that error
  // would be uncaught and stop the process. The parser's own 'error' reports it.
  parser.on('file', (_name, file) => file.on('error', () => undefined).resume())
  // Payload parses the document part as JSON without catching a SyntaxError (a 500).
  parser.on('field', (name, value) => {
    if (name !== '_payload') return
    try {
      JSON.parse(value)
    } catch {
      fail(new Error('the _payload field is not valid JSON'))
    }
  })
  const checked = new Transform({
    flush(callback) {
      if (failure) return callback(failure)
      parser.end((error?: Error | null) => callback(error ? fail(error) : failure))
    },
    transform(chunk: Buffer, _encoding, callback) {
      if (failure) return callback(failure)
      parser.write(chunk, (error) => {
        if (error) fail(error)
        callback(failure, failure ? undefined : chunk)
      })
    },
  })
  // The rest of a refused body is read and dropped, so the 400 still reaches the client.
  checked.on('error', () => body.resume())
  return body.pipe(checked)
}
