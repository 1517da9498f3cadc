import type { Where } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { ConfigError } from '../../src/ConfigError.js'
import { claimableWhere } from '../../src/jobs/claimableWhere.js'
import { jobsSettings } from '../../src/jobs/jobsSettings.js'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv
const staleBefore = '2026-01-01T00:00:00.000Z'
const freeOrAbandoned = {
  or: [
    { processing: { equals: false } },
    { and: [{ processing: { equals: true } }, { updatedAt: { less_than: staleBefore } }] },
  ],
}

describe('the job queue settings', () => {
  it('polls the default queue every 5 s for up to 100 jobs, with a 10 minute lease, by default', () => {
    const settings = jobsSettings(env({}))
    expect(settings.autoRun[0]).toEqual({ cron: '*/5 * * * * *', limit: 100, queue: 'default' })
    expect(settings.leaseMs).toBe(600_000)
    expect(settings.keepCompleted).toBe(false)
  })

  it('takes the interval, batch size and lease from the environment', () => {
    const settings = jobsSettings(
      env({ JOBS_INTERVAL_SECONDS: '2', JOBS_LEASE_SECONDS: '30', JOBS_LIMIT: '250' }),
    )
    expect(settings.autoRun[0]).toEqual({ cron: '*/2 * * * * *', limit: 250, queue: 'default' })
    expect(settings.leaseMs).toBe(30_000)
  })

  it('polls once a minute for an interval of a minute or more (croner has no */90 seconds)', () => {
    expect(jobsSettings(env({ JOBS_INTERVAL_SECONDS: '90' })).autoRun[0]!.cron).toBe('0 * * * * *')
  })

  it.each(['JOBS_INTERVAL_SECONDS', 'JOBS_LIMIT', 'JOBS_LEASE_SECONDS'])(
    'stops the start with a message naming %s when it is not a whole number above 0',
    (name) => {
      expect(() => jobsSettings(env({ [name]: '0' }))).toThrow(ConfigError)
      expect(() => jobsSettings(env({ [name]: 'soon' }))).toThrow(name)
    },
  )
})

describe('which jobs a runner may claim', () => {
  it('turns Payload’s "not processing" into "not processing, or abandoned past the lease", keeping the rest', () => {
    const where: Where = {
      and: [
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { queue: { equals: 'default' } },
      ],
    }
    expect(claimableWhere(where, staleBefore)).toEqual({
      and: [{ completedAt: { exists: false } }, freeOrAbandoned, { queue: { equals: 'default' } }],
    })
  })

  it('never lets a claim by id take a job another runner is still holding', () => {
    expect(claimableWhere({ id: { equals: 'job-1' } }, staleBefore)).toEqual({
      and: [{ id: { equals: 'job-1' } }, freeOrAbandoned],
    })
  })
})
