import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export type ServerProcess = {
  child: ChildProcess
  exited: Promise<number | null>
  output: () => { stderr: string; stdout: string }
  port: number
  url: string
}

/** A free loopback port. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * Starts `src/server.ts` as its own process, the way `npm run dev` does (tsx,
 * development conditions), or another entry given by `args`, with the given
 * environment on top of a quiet one.
 */
export const spawnServer = async (
  env: Record<string, string | undefined>,
  args = ['--conditions=development', '--import', 'tsx', 'src/server.ts'],
): Promise<ServerProcess> => {
  const port = await freePort()
  const {
    DATABASE_URI: _uri,
    KINDRED_EMBEDDED_DB: _embedded,
    PAYLOAD_SECRET: _secret,
    ...inherited
  } = process.env
  const child = spawn(process.execPath, args, {
    env: {
      ...inherited,
      ADMIN: 'false',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: '',
      PORT: String(port),
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => (stdout += chunk))
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => ({ stderr, stdout }), port, url: `http://127.0.0.1:${port}` }
}

/** Resolves once the server answers `/healthz`, or rejects if it exits first. */
export const waitUntilUp = async (server: ServerProcess, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void server.exited.then(() => (exited = true))
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server did not come up: ${JSON.stringify(server.output())}`)
}
