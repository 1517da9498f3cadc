import { describe, expect, it } from '@jest/globals'

import { ConfigError } from '../../src/ConfigError.js'
import { smtpUrlSetting } from '../../src/email/smtpUrlSetting.js'

describe('smtpUrlSetting (SMTP_URL)', () => {
  it.each([undefined, ''])('means no SMTP server (emails go to the log) for %p', (value) => {
    expect(smtpUrlSetting(value)).toBeUndefined()
  })

  it.each([
    'smtp://mail.example.test:587',
    'smtps://user:p%40ss@mail.example.test:465',
    'smtp://127.0.0.1:2525',
  ])('takes %s', (value) => {
    expect(smtpUrlSetting(value)).toBe(value)
  })

  it.each(['mail.example.test:587', 'http://mail.example.test', 'smtp://', 'smtp:///no-host'])(
    'refuses %p, naming SMTP_URL and the form it takes',
    (value) => {
      expect(() => smtpUrlSetting(value)).toThrow(ConfigError)
      expect(() => smtpUrlSetting(value)).toThrow(/^SMTP_URL must be smtp:\/\/user:password@host:587/)
    },
  )

  it('never repeats the password of the URL it refuses: the message reaches logs', () => {
    expect(() => smtpUrlSetting('smtq://kindred:hunter22@mail.example.test')).toThrow(
      'not "smtq://kindred:***@mail.example.test"',
    )
  })
})
