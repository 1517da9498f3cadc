import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import { buildOpenApiDocument } from './buildOpenApiDocument.js'
import { clientTypes } from './clientTypes.js'

/** Where the generated types live, beside the client that uses them. */
export const clientTypesFile = fileURLToPath(new URL('../client/schema.d.ts', import.meta.url))

/**
 * `npm run generate:client`: writes the client's types from the document the code describes.
 * The config is only read (no database is opened), so a secret of no use elsewhere is enough.
 */
const main = async () => {
  process.env.PAYLOAD_SECRET ||= 'generating-the-client-types'
  const { default: config } = await import('../../payload.config.js')
  const { apiVersion } = await import('../http/apiDocs.js')
  fs.writeFileSync(clientTypesFile, await clientTypes(buildOpenApiDocument(await config, apiVersion)))
  process.stdout.write(`wrote ${clientTypesFile}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
