import type { EmailAdapter } from 'payload'

import { deliverEmailTask } from './deliverEmailTask.js'
import { outboxEmailAdapter } from './outboxEmailAdapter.js'
import { smtpDelivery } from './smtpDelivery.js'
import { smtpEmailAdapter } from './smtpEmailAdapter.js'
import { smtpUrlSetting } from './smtpUrlSetting.js'

/**
 * The email adapter for this environment, and the task that retries what it could not
 * send: SMTP when `SMTP_URL` is set, else the outbox and the log (development's default).
 * Throws a ConfigError for a malformed `SMTP_URL`.
 */
export const emailFromEnv = (
  sender: { fromAddress: string; fromName: string },
  env: NodeJS.ProcessEnv = process.env,
): { adapter: EmailAdapter; deliverEmailTask: ReturnType<typeof deliverEmailTask> } => {
  const url = smtpUrlSetting(env.SMTP_URL)
  if (!url) return { adapter: outboxEmailAdapter(sender), deliverEmailTask: deliverEmailTask() }
  const deliver = smtpDelivery(url)
  return {
    adapter: smtpEmailAdapter({ ...sender, deliver }),
    deliverEmailTask: deliverEmailTask(deliver),
  }
}
