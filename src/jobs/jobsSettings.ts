import type { JobsConfig } from 'payload'

import { positiveIntegerEnv } from '../positiveIntegerEnv.js'

type AutoRun = Exclude<NonNullable<JobsConfig['autoRun']>, (...args: never[]) => unknown>

/**
 * How this process runs the job queue, from the environment (README, "Jobs").
 * The default queue is polled every `JOBS_INTERVAL_SECONDS` and each poll takes
 * up to `JOBS_LIMIT` jobs, run side by side: 100 every 5 s drains ≥ 600 jobs a
 * minute per process (docs/benchmarks.md). `JOBS_LEASE_SECONDS` is how long a
 * claimed job may go untouched before another process takes it over: longer
 * than any single task runs, or a slow task would run twice. Payload deletes a
 * job once it completed; `JOBS_KEEP_COMPLETED=true` keeps it, with its log, for
 * an audit of what ran (the multi-process tests count runs that way).
 */
export const jobsSettings = (env: NodeJS.ProcessEnv = process.env) => {
  const interval = positiveIntegerEnv(env, 'JOBS_INTERVAL_SECONDS', 5)
  const limit = positiveIntegerEnv(env, 'JOBS_LIMIT', 100)
  const leaseSeconds = positiveIntegerEnv(env, 'JOBS_LEASE_SECONDS', 600)
  // Croner's seconds field: */N fires at the seconds divisible by N; 60 and more mean once a minute.
  const every = interval >= 60 ? '0 * * * * *' : `*/${interval} * * * * *`
  const autoRun: AutoRun = [
    { cron: every, limit, queue: 'default' },
    { cron: '0 0 * * * *', limit, queue: 'nightly' },
  ]
  return { autoRun, keepCompleted: env.JOBS_KEEP_COMPLETED === 'true', leaseMs: leaseSeconds * 1000 }
}
