import { hourlyLimitFromEnv } from './hourlyLimitFromEnv.js'

/**
 * The assessment plugin's limit on counselor share-code attempts (previews and grants by code) per client
 * address, from `SHARE_CODE_ATTEMPTS_PER_HOUR` (default 30; `0` turns it off). Every attempt counts, right or
 * wrong: counting only wrong ones would need a read before the write, which concurrent guesses could all pass.
 */
export const limitShareCodeAttempts = (env: NodeJS.ProcessEnv = process.env) =>
  hourlyLimitFromEnv(
    {
      bucket: 'share-code-attempts',
      fallback: 30,
      unit: 'attempts',
      variable: 'SHARE_CODE_ATTEMPTS_PER_HOUR',
    },
    env,
  )
