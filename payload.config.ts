import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles/index.js'
import { Categories } from './collections/Categories.js'
import { Comments } from './collections/Comments/index.js'
import { Media } from './collections/Media.js'
import { Readers } from './collections/Readers/index.js'
import { Users } from './collections/Users/index.js'
import { commentModerationPlugin } from './plugins/comment-moderation/index.js'
import { userHasRole } from './src/access/userHasRole.js'
import { bootstrap } from './src/bootstrap.js'
import { corsOrigins } from './src/corsOrigins.js'
import { databaseAdapter } from './src/db.js'
import { clientIPFromRequest } from './src/http/clientIP.js'
import { loggerConfig } from './src/loggerConfig.js'
import { resolveSecret } from './src/resolveSecret.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Kindred' },
    user: Users.slug,
  },
  collections: [Articles, Categories, Comments, Media, Users, Readers],
  cors: corsOrigins(),
  csrf: corsOrigins(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  logger: loggerConfig(),
  onInit: bootstrap,
  plugins: [
    commentModerationPlugin({
      getClientIP: clientIPFromRequest,
      isModerator: (user) => userHasRole(user, ['editor', 'moderator']),
    }),
  ],
  secret: resolveSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  telemetry: false,
  // Types are generated on purpose (npm run generate:types), not by a child process at every start.
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
})
