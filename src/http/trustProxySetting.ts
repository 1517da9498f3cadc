import net from 'node:net'

import { ConfigError } from '../ConfigError.js'

/** What Express's `trust proxy` is given: nothing, a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[]

/** Express's names for address ranges (proxy-addr's). */
const rangeNames = new Set(['linklocal', 'loopback', 'uniquelocal'])

const howToSet =
  'set the number of proxies in front of Kindred (TRUST_PROXY=1 behind one load balancer) or their addresses (TRUST_PROXY=10.0.0.0/8)'

const isAddressOrSubnet = (entry: string): boolean => {
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = net.isIP(address)
  if (!family || rest.length > 0) return false
  if (prefix === undefined) return true
  const bits = Number(prefix)
  // A /0 subnet is every address: the blanket trust this setting refuses.
  return /^\d+$/.test(prefix) && bits > 0 && bits <= (family === 4 ? 32 : 128)
}

/**
 * `TRUST_PROXY`: which hops may tell Kindred the client's address and protocol
 * through `X-Forwarded-*`. Unset trusts nobody, not even loopback. A hop count
 * makes the address the one the last trusted proxy saw (the rightmost entries),
 * never the leftmost, which the client writes; so `true` is refused.
 */
export const trustProxySetting = (value: string | undefined): TrustProxy => {
  const setting = value?.trim() ?? ''
  if (setting === '' || setting === 'false' || setting === '0') return false
  if (setting === 'true') {
    throw new ConfigError(`TRUST_PROXY=true would trust any X-Forwarded-For a client writes: ${howToSet}.`)
  }
  if (/^\d+$/.test(setting)) return Number(setting)
  const entries = setting.split(',').map((entry) => entry.trim())
  const wrong = entries.find((entry) => !rangeNames.has(entry) && !isAddressOrSubnet(entry))
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY has "${wrong}", which is not an address, a subnet or a hop count: ${howToSet}.`,
    )
  }
  return entries
}
