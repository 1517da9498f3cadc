import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** What `npm run build` reads: when any of it is newer than the build, the build is stale. */
const sources = ['collections', 'plugins', 'src', 'migrations', 'payload.config.ts', 'next.config.mjs']
const outputs = ['.next/BUILD_ID', 'dist/server.mjs']

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .filter((name) => name !== 'node_modules')
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

/**
 * Makes sure `.next/` and `dist/server.mjs` are a production build of the sources as they stand, running
 * `npm run build` (minutes) only when one is missing or older than a source file.
 */
export const ensureProductionBuild = (): void => {
  const built = outputs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0))
  if (Math.min(...built) > Math.max(...sources.map(newestMtime))) return
  // Without jest's NODE_ENV=test, which would make Next build a non-production bundle (and not `production`
  // either, under which the config demands a PAYLOAD_SECRET); the npm scripts set their own NODE_OPTIONS.
  const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '' }
  delete env.NODE_ENV
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: env as NodeJS.ProcessEnv })
  if (build.status !== 0)
    throw new Error(`npm run build failed (${build.status}):\n${(build.stdout + build.stderr).slice(-4000)}`)
}
