/**
 * A problem with the environment a person can fix. The server prints its
 * message as one line and exits, instead of a stack trace.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
