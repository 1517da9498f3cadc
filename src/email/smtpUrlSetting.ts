import { ConfigError } from '../ConfigError.js'

/** The URL with its password masked: the one line that reports a wrong setting must not print a secret. */
const masked = (value: string): string => value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')

/**
 * `SMTP_URL`: the mail server Kindred sends through (unset, emails go to the log).
 * Checked at start, so a typo stops the server with one line instead of the
 * first reader's verification email failing.
 */
export const smtpUrlSetting = (value: string | undefined): string | undefined => {
  if (!value) return undefined
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(
      `SMTP_URL must be smtp://user:password@host:587 (or smtps://…:465 for TLS from the first byte), not "${masked(value)}".`,
    )
  }
  return value
}
