import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh data folder and the environment every process of a benchmark shares: API-only, SQLite in
 * that folder, no job runner waking up in the middle of a measurement, quiet logs, and no
 * NODE_OPTIONS inherited from npm (each command line names its own conditions). `extra` adds to
 * it or overrides it (NODE_ENV, KINDRED_SCHEMA_PUSH, …).
 */
export const benchEnv = (
  extra: Record<string, string | undefined> = {},
): { dir: string; env: NodeJS.ProcessEnv } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-'))
  const env = {
    ...process.env,
    ADMIN: 'false',
    DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
    DATA_DIR: dir,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '',
    PAYLOAD_SECRET: 'bench-secret',
    ...extra,
  } as NodeJS.ProcessEnv
  return { dir, env }
}
