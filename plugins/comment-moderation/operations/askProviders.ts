import type { Facts } from '../core/index.js'
import type { SanitizedCommentModerationConfig, SpamCheckInput } from '../types.js'

type Verdict<T> = 'error' | 'timeout' | T

/** A provider's answer, or 'timeout' / 'error': never an exception, so a comment is held, not lost. */
const settle = async <T>(work: () => Promise<T>, timeoutMs: number): Promise<Verdict<T>> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  try {
    return await Promise.race([work(), timeout])
  } catch {
    return 'error'
  } finally {
    clearTimeout(timer)
  }
}

/** Asks the configured spam and toxicity providers at once; 'off' where none is configured. */
export const askProviders = async (
  options: SanitizedCommentModerationConfig,
  comment: SpamCheckInput,
): Promise<NonNullable<Facts['providers']>> => {
  const { providerTimeoutMs, spamProvider, toxicityProvider } = options
  const [spam, toxicity] = await Promise.all([
    spamProvider ? settle(() => spamProvider.check(comment), providerTimeoutMs) : ('off' as const),
    toxicityProvider
      ? settle(() => toxicityProvider.score(comment.body), providerTimeoutMs)
      : ('off' as const),
  ])
  return { spam, toxicity }
}
