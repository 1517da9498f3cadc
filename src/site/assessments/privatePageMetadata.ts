import type { Metadata } from 'next'

/**
 * Metadata for every page whose address holds a secret (a response token, an invitation code, an emailed
 * confirmation or reset token): no Referer leaves it for another site (a link out must not carry the secret
 * along), and search engines neither index nor follow it. same-origin rather than no-referrer: under no-referrer a form posted without JavaScript has `Origin: null`,
 * which Next's server actions refuse.
 */
export const privatePageMetadata = (title: string): Metadata => ({
  referrer: 'same-origin',
  robots: { follow: false, index: false },
  title,
})
