/**
 * `npm run seed`: writes the demo content into the database DATABASE_URI names
 * (the embedded one when unset). Safe to run again: it only adds what is missing.
 */
import { closePayload } from '../closePayload.js'
import { seed } from './seed.js'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'
// The explicit seed below does the work; the automatic one would only repeat it.
process.env.KINDRED_SEED = 'false'

const { default: config } = await import('../../payload.config.js')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
await seed(payload)
await closePayload(payload)
