import type { EmailAdapter, SendEmailOptions } from 'payload'

/** Emails sent in this process, newest last (at most 200): what development and tests read. */
export const outbox: SendEmailOptions[] = []

const keep = 200

/**
 * The email adapter for development and tests: every message goes to the log
 * (recipient and subject at info, the text at debug) and to `outbox`, so a
 * developer sees verification and notification emails without an SMTP server.
 * Production configures a real adapter instead (see README, "Email").
 */
export const outboxEmailAdapter =
  ({ fromAddress, fromName }: { fromAddress: string; fromName: string }): EmailAdapter =>
  ({ payload }) => ({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    name: 'outbox',
    sendEmail: async (message) => {
      outbox.push(message)
      if (outbox.length > keep) outbox.splice(0, outbox.length - keep)
      payload.logger.info({ msg: `Email to ${String(message.to)}: ${message.subject}` })
      payload.logger.debug({ msg: String(message.text ?? message.html ?? '') })
      return { accepted: [message.to] }
    },
  })
