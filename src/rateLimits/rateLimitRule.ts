/** A limit of `limit` hits per `windowMs` for each subject of a bucket. */
export type RateLimitRule = { bucket: string; limit: number; windowMs: number }

/** Whether one more hit is allowed, and when the window resets when it is not. */
export type RateLimitDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number }
