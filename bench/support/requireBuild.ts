import fs from 'node:fs'

/** The benchmarks measure the production build, never the TypeScript sources through a loader. */
export const requireBuild = (): void => {
  if (!fs.existsSync('dist/server.mjs') || !fs.existsSync('dist/src/server.js'))
    throw new Error('Run `npm run build:server` first.')
}
