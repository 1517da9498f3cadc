import type { PayloadRequest } from 'payload'

/**
 * When each commenter (an account, or an IP fingerprint) last posted. Shared by
 * every Kindred process, so flood control holds behind a load balancer.
 */
export type RateLimitStore = {
  lastAt: (key: string, req: PayloadRequest) => Promise<Date | null>
  record: (key: string, at: Date, req: PayloadRequest) => Promise<void>
}
