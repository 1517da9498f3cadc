import type { SendEmailOptions } from 'payload'

import { createTransport } from 'nodemailer'

/** Sends one message now, or throws a `DeliveryError`. */
export type Deliver = (message: SendEmailOptions) => Promise<unknown>

/**
 * Why a message was not sent, in words a log may keep: nodemailer's own message can quote
 * the server's reply, which names the recipient ("550 <someone@…>: no such user").
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError'
}

const open = new Set<{ close: () => void }>()

/** The reason a send failed, by nodemailer's error code and the server's reply code only. */
const reasonOf = (error: unknown): string => {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown }
  return [code, responseCode].filter((part) => part !== undefined).join(' ') || 'unknown error'
}

/**
 * A pooled SMTP connection to `url` (smtp:// with STARTTLS when the server offers it,
 * smtps:// for TLS from the first byte). Timeouts are short because Payload sends account
 * emails while a request waits: a mail server that does not answer costs seconds, not minutes.
 */
export const smtpDelivery = (url: string): Deliver => {
  const transport = createTransport({
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    maxConnections: 3,
    pool: true,
    socketTimeout: 30_000,
    url,
  })
  open.add(transport)
  return async (message) => {
    try {
      return await transport.sendMail(message)
    } catch (error) {
      throw new DeliveryError(`SMTP delivery failed (${reasonOf(error)})`)
    }
  }
}

/** Closes every SMTP pool of this process: their idle connections would keep it (and Jest) open. */
export const closeSmtpDeliveries = (): void => {
  for (const transport of open) transport.close()
  open.clear()
}
