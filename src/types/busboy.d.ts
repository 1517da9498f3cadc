/** The part of busboy 1.6 (Payload's multipart parser, no types of its own) that checkedMultipart uses. */
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http'
  import type { Readable, Writable } from 'node:stream'

  type Busboy = Writable & {
    on(event: 'file', listener: (name: string, stream: Readable) => void): Busboy
    on(event: 'error', listener: (error: Error) => void): Busboy
    on(event: 'field', listener: (name: string, value: string) => void): Busboy
  }
  const busboy: (config: { headers: IncomingHttpHeaders }) => Busboy
  export default busboy
}
