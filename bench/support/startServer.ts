import { type ChildProcess, spawn } from 'node:child_process'

/** Kindred's production build (the bundle `npm start` runs); the condition keeps Lexical's top-level await from killing Node 20. */
export const serverArgs = ['--conditions=production', 'dist/server.mjs']

/** Starts a server process on `port` (Kindred unless `args` name another entry); stderr shows through. */
export const startServer = (env: NodeJS.ProcessEnv, port: number, args = serverArgs): ChildProcess =>
  spawn(process.execPath, args, {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
