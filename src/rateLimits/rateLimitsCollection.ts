import type { CollectionConfig } from 'payload'

export const rateLimitsSlug = 'rate-limits'

/**
 * Fixed-window counters shared by every Kindred process (failed logins, anonymous
 * assessment starts): one row per bucket and hashed subject. Internal: no one reads
 * or writes it through the API; `consumeRateLimit` is its only writer.
 */
export const rateLimitsCollection: CollectionConfig = {
  slug: rateLimitsSlug,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    // `bucket:` + HMAC of the subject: an email or an address never sits here in plain text.
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'count', type: 'number', required: true },
    { name: 'resetAt', type: 'date', index: true, required: true },
  ],
  timestamps: false,
}
