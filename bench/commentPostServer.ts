/**
 * The server of commentPost.bench.ts: Kindred's production build, unbundled (dist/src/server.js), with one change,
 * so that the benchmark has a baseline — admins may create comments through Payload's REST API.
 * The collection refuses that to everyone (`access.create: () => false`: comments come in through
 * the moderation endpoints only, which write with the Local API and `overrideAccess`), so without
 * it there is no plain create to compare the endpoint with. The endpoint never reads this rule.
 *
 *   node --conditions=production --import tsx bench/commentPostServer.ts   (started by the benchmark)
 */
import type { SanitizedConfig } from 'payload'

import { userHasRole } from '../src/access/userHasRole.js'

// The very module instance dist/src/server.js imports next, so the server starts with this change.
const configModule = await import(new URL('../dist/payload.config.js', import.meta.url).href)
const config: SanitizedConfig = await configModule.default
const comments = config.collections.find((collection) => collection.slug === 'comments')
if (!comments) throw new Error('no comments collection in dist/payload.config.js')
comments.access.create = ({ req }) => userHasRole(req.user, [])

await import(new URL('../dist/src/server.js', import.meta.url).href)
