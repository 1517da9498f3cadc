/**
 * `npm run seed`: writes the demo content into the database DATABASE_URI names
 * (the embedded one when unset). Safe to run again: it only adds what is missing.
 * `npm run seed -- --content-only` leaves out the demo accounts, whose passwords the README publishes;
 * it is the only way the seed runs with NODE_ENV=production.
 */
import { closePayload } from '../closePayload.js'
import { seed } from './seed.js'

const contentOnly = process.argv.includes('--content-only')
if (process.env.NODE_ENV === 'production' && !contentOnly) {
  console.error(
    'npm run seed refuses NODE_ENV=production: it would create demo accounts with published passwords. ' +
      'Create the first admin at /admin instead, or add --content-only for the demo article and assessment alone.',
  )
  process.exit(1)
}

process.env.DISABLE_PAYLOAD_HMR ??= 'true'
// The explicit seed below does the work; the automatic one would only repeat it.
process.env.KINDRED_SEED = 'false'

const { default: config } = await import('../../payload.config.js')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
await seed(payload, { demoAccounts: !contentOnly })
await closePayload(payload)
