import { describe, expect, it } from '@jest/globals'

import { ConfigError } from '../../src/ConfigError.js'
import { trustProxySetting } from '../../src/http/trustProxySetting.js'

describe('trustProxySetting (TRUST_PROXY)', () => {
  it.each([undefined, '', '  ', 'false', '0'])('trusts no proxy, not even loopback, for %p', (value) => {
    expect(trustProxySetting(value)).toBe(false)
  })

  it('takes a hop count', () => {
    expect(trustProxySetting('1')).toBe(1)
    expect(trustProxySetting(' 2 ')).toBe(2)
  })

  it('takes addresses, subnets and Express range names, comma-separated', () => {
    expect(trustProxySetting('loopback, 10.0.0.0/8,192.168.1.4,fd00::/8, uniquelocal')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.4',
      'fd00::/8',
      'uniquelocal',
    ])
  })

  it('refuses `true`, which would let clients choose their own address, and says what to set', () => {
    expect(() => trustProxySetting('true')).toThrow(ConfigError)
    expect(() => trustProxySetting('true')).toThrow(/TRUST_PROXY=1 behind one load balancer/)
  })

  it.each(['0.0.0.0/0', '::/0'])('refuses the whole address space %s, the same blanket trust', (value) => {
    expect(() => trustProxySetting(value)).toThrow(ConfigError)
  })

  it.each(['yes', '10.0.0.0/33', '10.0.0/8', 'loopback,proxy.internal', '1.5', '10.0.0.1/8/8'])(
    'refuses %p naming the wrong entry',
    (value) => {
      expect(() => trustProxySetting(value)).toThrow(/TRUST_PROXY has "/)
    },
  )
})
