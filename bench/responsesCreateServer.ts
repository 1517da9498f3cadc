/**
 * The server of assessmentSubmit.bench.ts: Kindred's production build, unbundled (dist/src/server.js), with one
 * change, so that the benchmark has a baseline — admins may create responses through Payload's REST API.
 * The collection refuses that to everyone (`access.create: () => false`: responses come in through the
 * response endpoints only, which score the answers and write with system rights), so without it there is
 * no plain create to compare the endpoint with. The endpoint never reads this rule.
 *
 *   node --conditions=production --import tsx bench/responsesCreateServer.ts   (started by the benchmark)
 */
import type { SanitizedConfig } from 'payload'

import { userHasRole } from '../src/access/userHasRole.js'

// The very module instance dist/src/server.js imports next, so the server starts with this change.
const configModule = await import(new URL('../dist/payload.config.js', import.meta.url).href)
const config: SanitizedConfig = await configModule.default
const responses = config.collections.find((collection) => collection.slug === 'responses')
if (!responses) throw new Error('no responses collection in dist/payload.config.js')
responses.access.create = ({ req }) => userHasRole(req.user, [])

await import(new URL('../dist/src/server.js', import.meta.url).href)
