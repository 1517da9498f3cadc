import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Places mongodb-memory-server keeps the binaries it downloaded before. */
const cacheDirs = (env: NodeJS.ProcessEnv) =>
  [
    env.MONGOMS_DOWNLOAD_DIR,
    path.resolve('node_modules/.cache/mongodb-memory-server'),
    path.join(os.homedir(), '.cache/mongodb-binaries'),
  ].filter((dir): dir is string => Boolean(dir))

/**
 * A `mongod` already on this machine, or undefined. Nothing is downloaded at
 * run time: without a binary, the embedded database is SQLite.
 */
export const findMongodBinary = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.MONGOMS_SYSTEM_BINARY && fs.existsSync(env.MONGOMS_SYSTEM_BINARY)) return env.MONGOMS_SYSTEM_BINARY
  for (const dir of cacheDirs(env)) {
    if (!fs.existsSync(dir)) continue
    const found = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .find((entry) => entry.isFile() && /^mongod(-[\w.-]+)?$/.test(entry.name))
    if (found) return path.join(found.parentPath, found.name)
  }
  return undefined
}

/** Starts a persistent MongoDB under the data folder and returns its URI and a stop function. */
export const startEmbeddedMongo = async (binary: string, dir: string) => {
  const { MongoMemoryServer } = await import('mongodb-memory-server')
  const dbPath = path.join(dir, 'mongodb')
  fs.mkdirSync(dbPath, { recursive: true })
  const server = await MongoMemoryServer.create({
    binary: { systemBinary: binary },
    instance: { dbPath, storageEngine: 'wiredTiger' },
  })
  return { stop: () => server.stop({ doCleanup: false }), uri: server.getUri('kindred') }
}
