import type { DatabaseAdapterObj, UpdateJobsArgs, Where } from 'payload'

import { claimableWhere } from './claimableWhere.js'

/** Payload's runner claims jobs with `updateJobs({ data: { processing: true }, … })` and nothing else. */
const isClaim = ({ data }: UpdateJobsArgs): boolean =>
  data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

// How many times a runner that lost its candidates to another looks further down the queue.
const rounds = 3

/**
 * The database adapter, with Payload's job claim made atomic. Payload 3.90.2
 * claims by reading the runnable jobs and then updating them one by one, so two
 * processes polling at the same second both claim, and both run, the same jobs
 * (issue 9: every email twice). Here a claim is a conditional update that only
 * one runner can win per job (claimJobsSQL, claimJobsMongo), and a job left
 * `processing` by a runner that died is claimable again once `leaseMs` passed
 * without it being touched. Every other use of `updateJobs` is Payload's own.
 */
export const claimJobsAtomically = (adapter: DatabaseAdapterObj, leaseMs: number): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const updateJobs = db.updateJobs.bind(db)
    const claim = async (ids: (number | string)[], where: Where, staleBefore: string, now: string) => {
      if (db.name === 'mongoose') {
        const { claimJobsMongo } = await import('./claimJobsMongo.js')
        const model = (db as unknown as { collections: Record<string, never> }).collections['payload-jobs']
        return claimJobsMongo(model, ids, staleBefore, now)
      }
      const { claimJobsSQL } = await import('./claimJobsSQL.js')
      return claimJobsSQL(db as never, ids, where, now)
    }
    db.updateJobs = async (args) => {
      if (!isClaim(args)) return updateJobs(args)
      const now = new Date().toISOString()
      const staleBefore = new Date(Date.now() - leaseMs).toISOString()
      const where = claimableWhere(args.id ? { id: { equals: args.id } } : args.where!, staleBefore)
      const limit = args.id ? 1 : (args.limit ?? 10)
      const claimed: (number | string)[] = []
      const seen: (number | string)[] = []
      // Reads and claims outside the runner's transaction: each claim is one statement, atomic on its own.
      for (let round = 0; round < rounds && claimed.length < limit; round++) {
        const { docs } = await db.find({
          collection: 'payload-jobs',
          limit: limit - claimed.length,
          pagination: false,
          req: {},
          sort: args.sort,
          where: seen.length ? { and: [where, { id: { not_in: seen } }] } : where,
        })
        if (!docs.length) break
        const ids = docs.map((doc) => doc.id)
        seen.push(...ids)
        claimed.push(...(await claim(ids, where, staleBefore, now)))
      }
      if (!claimed.length) return []
      const { docs } = await db.find({
        collection: 'payload-jobs',
        limit: 0,
        pagination: false,
        req: {},
        sort: args.sort,
        where: { id: { in: claimed } },
      })
      return args.returning === false ? null : (docs as never)
    }
    return db
  },
})
