import type { SendEmailOptions } from 'payload'

import { createHash } from 'node:crypto'

/** A recipient as a log can show it: the same address gives the same tag, and the tag gives no address back. */
export const recipientTag = (to: SendEmailOptions['to']): string =>
  `sha256:${createHash('sha256')
    .update(JSON.stringify(to ?? ''))
    .digest('hex')
    .slice(0, 12)}`
