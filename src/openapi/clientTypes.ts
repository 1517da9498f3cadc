import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'

import type { JsonSchema } from './fieldsSchema.js'

const header = `/**
 * The Kindred API's types, generated from GET /api/openapi.json by \`npm run generate:client\`.
 * Do not edit: tests/openapi/client.test.ts fails when this file differs from what the code describes.
 */

`

/** TypeScript types (`paths`, `components`, `operations`) for openapi-fetch, from the document. */
export const clientTypes = async (document: JsonSchema): Promise<string> =>
  header + astToString(await openapiTS(document as unknown as OpenAPI3))
