import type { SpamProvider } from '@kindred/plugin-comment-moderation'

import { akismetProvider } from '@kindred/plugin-comment-moderation'

/** Akismet when `AKISMET_KEY` is set (`AKISMET_ENDPOINT` overrides its URL); otherwise no spam provider. */
export const spamProviderFromEnv = (env: NodeJS.ProcessEnv = process.env): SpamProvider | undefined =>
  env.AKISMET_KEY
    ? akismetProvider({
        endpoint: env.AKISMET_ENDPOINT,
        key: env.AKISMET_KEY,
        site: env.SERVER_URL || 'http://localhost:3000',
      })
    : undefined
