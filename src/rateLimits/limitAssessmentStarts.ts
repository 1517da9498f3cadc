import { hourlyLimitFromEnv } from './hourlyLimitFromEnv.js'

/**
 * The assessment plugin's limit on anonymous starts per client address, from `ASSESSMENT_STARTS_PER_HOUR`
 * (default 20; `0` turns it off).
 */
export const limitAssessmentStarts = (env: NodeJS.ProcessEnv = process.env) =>
  hourlyLimitFromEnv(
    { bucket: 'assessment-starts', fallback: 20, unit: 'starts', variable: 'ASSESSMENT_STARTS_PER_HOUR' },
    env,
  )
