import createClient, { type ClientOptions } from 'openapi-fetch'

import type { paths } from './schema.js'

/**
 * A typed client of the Kindred API, its types generated from `/api/openapi.json`:
 * `const { data, error } = await client.GET('/api/articles/{idOrSlug}/comments', { params: { path: { idOrSlug } } })`.
 * Give `baseUrl` the server's origin; in a browser, `credentials: 'include'` sends the session cookie.
 */
export const createKindredClient = (options: ClientOptions = {}) => createClient<paths>(options)
