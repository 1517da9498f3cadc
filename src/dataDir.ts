import fs from 'node:fs'
import path from 'node:path'

/** Where the embedded database and the development secret live (`DATA_DIR`, default `./data`). */
export const dataDir = (env: NodeJS.ProcessEnv = process.env): string => {
  const dir = path.resolve(env.DATA_DIR || 'data')
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
