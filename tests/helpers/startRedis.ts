import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { freePort } from './spawnServer.js'

/**
 * A real, throwaway redis-server (Debian's /usr/bin/redis-server, or REDIS_SERVER) on a
 * free loopback port, or on `port` to bring one back where clients expect it, with
 * persistence off; `stop` ends it.
 */
export const startRedis = async ({ port = 0 } = {}) => {
  port ||= await freePort()
  const child = spawn(
    process.env.REDIS_SERVER ?? '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) resolve()
    })
  })
  child.removeAllListeners('exit')
  return {
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
    url: `redis://127.0.0.1:${port}`,
  }
}
