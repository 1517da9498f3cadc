import type { EmailAdapter, SendEmailOptions } from 'payload'

import { appendFileSync } from 'node:fs'

import { recipientTag } from './recipientTag.js'

/** Emails sent in this process, newest last (at most 200): what development and tests read. */
export const outbox: SendEmailOptions[] = []

const keep = 200

/**
 * The email adapter for development and tests: every message goes to `outbox`
 * and one log line (subject and a hash of the recipient: staff and readers'
 * addresses never reach the log). Outside production the text, whose links
 * carry verification and reset tokens, is logged at debug for a developer
 * without an SMTP server. Production sets `SMTP_URL` (smtpEmailAdapter.ts; README, "Email").
 *
 * With `EMAIL_OUTBOX_FILE` set, each message is also appended there as one JSON
 * line: the only outbox that several processes share, which is how the
 * multi-process tests count that each notification went out exactly once.
 * Written synchronously so a line is on disk before the job counts as done.
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
      const file = process.env.EMAIL_OUTBOX_FILE
      if (file) appendFileSync(file, `${JSON.stringify({ pid: process.pid, ...message })}\n`)
      payload.logger.info({ msg: `Email: ${message.subject}`, recipient: recipientTag(message.to) })
      if (process.env.NODE_ENV !== 'production') {
        payload.logger.debug({ msg: String(message.text ?? message.html ?? '') })
      }
      return { accepted: [message.to] }
    },
  })
