import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'

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
  // A caller that must know the port first (SERVER_URL names it) passes PORT.
  const port = Number(env.PORT) || (await freePort())
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

/** Makes the first staff account (an admin) of a fresh server through the API, and answers its JWT. */
export const firstAdminToken = async (server: ServerProcess): Promise<string> => {
  const first = await fetch(`${server.url}/api/users/first-register`, {
    body: JSON.stringify({ email: 'owner@example.com', name: 'Owner', password: 'a-long-password' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (first.status !== 200) throw new Error(`first-register answered ${first.status}: ${await first.text()}`)
  return ((await first.json()) as { token: string }).token
}

/** Publishes an article of one paragraph through the API, as the admin whose token is given; answers its slug. */
export const publishArticle = async (
  server: ServerProcess,
  token: string,
  title: string,
): Promise<string> => {
  const article = await fetch(`${server.url}/api/articles`, {
    body: JSON.stringify({
      _status: 'published',
      content: lexicalFromBlocks([{ text: title, type: 'paragraph' }]),
      title,
    }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  })
  if (article.status !== 201)
    throw new Error(`creating the article answered ${article.status}: ${await article.text()}`)
  return ((await article.json()) as { doc: { slug: string } }).doc.slug
}
