import type { SendEmailOptions, TaskConfig } from 'payload'

import type { Deliver } from './smtpDelivery.js'

import { recipientTag } from './recipientTag.js'

/** The task's slug: queued by the SMTP adapter for every message the mail server did not take. */
export const deliverEmailSlug = 'deliverEmail'

/** What of a message is stored with its job: the text parts Kindred sends, no attachments. */
export type StoredMessage = Pick<SendEmailOptions, 'from' | 'subject' | 'to'> & {
  html?: string
  text?: string
}

export const storableMessage = (message: SendEmailOptions): StoredMessage => ({
  from: message.from,
  html: typeof message.html === 'string' ? message.html : undefined,
  subject: message.subject,
  text: typeof message.text === 'string' ? message.text : undefined,
  to: message.to,
})

/**
 * Sends a message the mail server did not take the first time, from the jobs queue: a
 * failure fails the job, which is retried up to 5 times, each wait twice the last (a
 * minute up to half an hour). Declared whatever the environment, so the jobs table has one
 * schema everywhere; without SMTP (`deliver` unset) nothing queues it, and a job would go
 * to the outbox.
 */
export const deliverEmailTask = (
  deliver?: Deliver,
): TaskConfig<{ input: { message: StoredMessage }; output: { sent: true } }> => ({
  handler: async ({ input, req }) => {
    await (deliver ? deliver(input.message) : req.payload.sendEmail(input.message))
    req.payload.logger.info({
      msg: `Email (retried): ${input.message.subject}`,
      recipient: recipientTag(input.message.to),
    })
    return { output: { sent: true } }
  },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  retries: { attempts: 5, backoff: { delay: 60_000, type: 'exponential' } },
  slug: deliverEmailSlug,
})
