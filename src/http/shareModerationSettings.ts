import type { Payload } from 'payload'

import { type SharedInvalidation, sharedCacheInvalidation } from './sharedCacheInvalidation.js'

type Logger = Pick<Payload['logger'], 'info' | 'warn'>

let shared: SharedInvalidation | undefined
// The copies this process keeps (one per Payload instance; several only in tests).
const forgets = new Set<() => void>()
let logger: Logger = console

const open = (url: string): SharedInvalidation =>
  (shared ??= sharedCacheInvalidation({
    channel: 'kindred:moderation-settings:changed',
    clearHere: () => forgets.forEach((forget) => forget()),
    logger: {
      info: () => logger.info('Redis is back: moderation settings changes reach every process again'),
      warn: () =>
        logger.warn(
          'Redis at REDIS_URL is unreachable: other processes obey a change of the moderation settings within a minute',
        ),
    },
    url,
  }))

/**
 * The comment plugin's `shareSettingsChanges` over Redis (`REDIS_URL`): each process keeps the moderation
 * settings between comments, and a change saved in one makes every other forget its copy at once. A channel of
 * its own, since the read cache's is cleared by every write and the settings change rarely. Connected when the
 * config is read, so that the first change a process makes is not published before its connection is ready
 * (a message sent while not connected is dropped). Redis down only means another process's change is obeyed
 * when the copy expires, or when Redis is back.
 */
export const shareModerationSettings = (url: string) => {
  open(url)
  return (forgetHere: () => void, payload: Payload): Pick<SharedInvalidation, 'publish'> => {
    forgets.add(forgetHere)
    logger = payload.logger
    const connection = open(url)
    return { publish: () => connection.publish() }
  }
}

/** Ends the two connections (graceful stop, tests); a later comment or change opens them again. */
export const closeModerationSettingsSharing = async (): Promise<void> => {
  const connection = shared
  shared = undefined
  forgets.clear()
  await connection?.close()
}
