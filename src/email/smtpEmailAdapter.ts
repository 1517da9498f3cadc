import type { EmailAdapter } from 'payload'

import type { Deliver } from './smtpDelivery.js'

import { deliverEmailSlug, storableMessage } from './deliverEmailTask.js'
import { recipientTag } from './recipientTag.js'

/**
 * The production email adapter: sends through `deliver` (an SMTP pool, smtpDelivery.ts).
 * Logs carry the subject and a hash of the recipient, never an address or a body.
 *
 * A message the mail server does not take is queued as a `deliverEmail` job and retried
 * from there, and `sendEmail` resolves anyway. Payload sends verification and reset emails
 * while the request waits and turns a throw into a 500 (and, for forgot-password, into an
 * answer that differs from an unknown address's): a mail server that is down must change
 * neither the answer nor whether the account was created.
 */
export const smtpEmailAdapter =
  ({
    deliver,
    fromAddress,
    fromName,
  }: {
    deliver: Deliver
    fromAddress: string
    fromName: string
  }): EmailAdapter =>
  ({ payload }) => ({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    name: 'smtp',
    sendEmail: async (message) => {
      const sending = { ...message, from: message.from ?? { address: fromAddress, name: fromName } }
      const recipient = recipientTag(message.to)
      try {
        const sent = await deliver(sending)
        payload.logger.info({ msg: `Email: ${message.subject}`, recipient })
        return sent
      } catch (error) {
        payload.logger.warn({
          msg: `Email not sent, queued to retry: ${message.subject} (${(error as Error).message})`,
          recipient,
        })
        await payload.jobs.queue({ input: { message: storableMessage(sending) }, task: deliverEmailSlug })
        return { queued: true }
      }
    },
  })
