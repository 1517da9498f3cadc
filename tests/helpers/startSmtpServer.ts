import type { ParsedMail } from 'mailparser'

import { simpleParser } from 'mailparser'
import { once } from 'node:events'
import { SMTPServer } from 'smtp-server'

export type CaughtMail = { envelopeTo: string[]; mail: ParsedMail }

/**
 * A real SMTP server on a free loopback port (or on `port`, to bring one back) that keeps every message it receives, parsed.
 * It requires `user`/`pass` (in plain text: loopback only, no STARTTLS, so no certificate).
 * `close` ends it and its connections at once, as a crashed mail server would.
 */
export const startSmtpServer = async ({
  pass,
  port = 0,
  user,
}: {
  pass: string
  port?: number
  user: string
}) => {
  const caught: CaughtMail[] = []
  const waiting: (() => void)[] = []
  const server = new SMTPServer({
    allowInsecureAuth: true,
    // Mail is taken only after AUTH with these credentials: proof that SMTP_URL's user and password are used.
    authOptional: false,
    // On close, drop clients after 50 ms: a pooled client never quits on its own.
    closeTimeout: 50,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === pass
        ? callback(null, { user })
        : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          caught.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail })
          for (const wake of waiting.splice(0)) wake()
          callback()
        })
        .catch(callback)
    },
  })
  server.listen(port, '127.0.0.1')
  await once(server.server, 'listening')
  const { port: listening } = server.server.address() as { port: number }

  /** The first message to `address` that arrived after `since` messages, waited for up to `ms`. */
  const mailTo = async (address: string, { ms = 10_000, since = 0 } = {}): Promise<ParsedMail> => {
    const deadline = Date.now() + ms
    for (;;) {
      const found = caught.slice(since).find((entry) => entry.envelopeTo.includes(address))
      if (found) return found.mail
      if (Date.now() > deadline) throw new Error(`no email to ${address} within ${ms} ms`)
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        setTimeout(resolve, 200)
      })
    }
  }

  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))

  return { caught, close, mailTo, port: listening }
}
