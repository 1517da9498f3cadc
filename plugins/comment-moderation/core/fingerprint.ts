import { createHmac } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

const ipv4Mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/

// The first four groups of an IPv6 address: one household or device gets a whole /64 and rotates
// the rest (privacy addresses), so a ban or a rate limit on the full address would be trivial to dodge.
const ipv6Network = (ip: string): string => {
  const [head, tail = ''] = ip.split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = tail === '' ? [] : tail.split(':')
  // An embedded IPv4 tail ("64:ff9b::1.2.3.4") fills two groups.
  const tailLength = tailGroups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0)
  const zeros: string[] = ip.includes('::') ? Array(8 - headGroups.length - tailLength).fill('0') : []
  return [...headGroups, ...zeros, ...tailGroups]
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')
}

const canonicalIp = (ip: string): string => {
  const trimmed = ip.trim().toLowerCase().replace(/%.*$/, '')
  const mapped = ipv4Mapped.exec(trimmed)
  if (mapped && isIPv4(mapped[1])) return mapped[1]
  if (isIPv6(trimmed)) return `${ipv6Network(trimmed)}::/64`
  return trimmed
}

/**
 * An HMAC-SHA256 hex digest of the commenter's IP address, so bans and rate limits can match an
 * address without it ever being stored. Keyed because the IPv4 space is small enough to hash in full:
 * a plain hash could be reversed by a lookup table. The address is canonicalized first (IPv4-mapped
 * IPv6 as IPv4, IPv6 reduced to its /64 network). `userAgent` is accepted but deliberately not
 * hashed: a ban on an address must survive a change of browser.
 */
export const fingerprint = ({ ip, secret }: { ip: string; userAgent?: string; secret: string }): string => {
  if (secret.length === 0) throw new Error('fingerprint needs a non-empty secret')
  return createHmac('sha256', secret).update(canonicalIp(ip)).digest('hex')
}
