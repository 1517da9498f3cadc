import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import type { ProductionServer } from './productionServer.js'

/**
 * Writes the demo article and the Better Love Check-in its call to action points to into the server's database,
 * with the seed the README documents for a production database (`npm run seed -- --content-only`: content only,
 * no demo accounts). Not spawnSync: a blocked event loop would miss the server closing an idle keep-alive socket
 * meanwhile.
 */
export const seedContentOnly = async (server: ProductionServer): Promise<void> => {
  const { DATABASE_URI, DATA_DIR, MEDIA_DIR, PAYLOAD_SECRET } = server.env
  await promisify(execFile)('npm', ['run', 'seed', '--', '--content-only'], {
    env: {
      ...process.env,
      DATABASE_URI,
      DATA_DIR,
      MEDIA_DIR,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      PAYLOAD_SECRET,
    } as NodeJS.ProcessEnv,
  })
}
