import type { ChildProcess } from 'node:child_process'

import { seedDemo } from './seedDemo.js'
import { startServer } from './startServer.js'
import { waitFor } from './waitFor.js'

/**
 * Seeds the demo into the database `env` names (seedDemo runs it in development, whatever `env` says), then
 * starts the server on `port` (Kindred's build unless `args` name another entry) and waits until it answers.
 */
export const startSeededServer = async (
  env: NodeJS.ProcessEnv,
  port: number,
  options: { args?: string[]; timeoutMs?: number } = {},
): Promise<ChildProcess> => {
  await seedDemo(env)
  const server = startServer(env, port, options.args)
  await waitFor(`http://127.0.0.1:${port}/healthz`, options.timeoutMs)
  return server
}
