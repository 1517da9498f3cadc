import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureProductionBuild } from './productionBuild.js'
import { type ServerProcess, spawnServer, waitUntilUp } from './spawnServer.js'

export type ProductionServer = ServerProcess & {
  dataDir: string
  /** The environment it runs with, for a tool that must reach the same database (the seed). */
  env: Record<string, string>
  stop: () => Promise<void>
}

/**
 * What the README's production section says to run: the bundle (built first when stale), a secret, an
 * empty database of its own, no seed, the admin panel on; `env` adds to that (PORT with SERVER_URL, say). `stop` ends
 * it and removes its data.
 */
export const startProductionServer = async (
  name: string,
  env: Record<string, string> = {},
): Promise<ProductionServer> => {
  ensureProductionBuild()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `kindred-${name}-`))
  const serverEnv = {
    ADMIN: 'true',
    DATABASE_URI: `file:${path.join(dataDir, 'kindred.db')}`,
    DATA_DIR: dataDir,
    JOBS_AUTORUN: 'false',
    KINDRED_SEED: 'false',
    MEDIA_DIR: path.join(dataDir, 'media'),
    NODE_ENV: 'production',
    PAYLOAD_SECRET: `${name}-test-secret`,
    ...env,
  }
  const server = await spawnServer(serverEnv, ['--conditions=production', 'dist/server.mjs'])
  await waitUntilUp(server, 120_000)
  const stop = async () => {
    server.child.kill('SIGTERM')
    await server.exited
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
  return { ...server, dataDir, env: serverEnv, stop }
}
