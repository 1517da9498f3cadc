import type { ChildProcess } from 'node:child_process'

/**
 * Polls `url` until it answers 200, failing at once if `child` exits first (a product that cannot start
 * says so rather than timing out). A short interval, since cold starts are timed with it.
 */
export const waitForStart = async (child: ChildProcess, url: string, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${url}: the server exited (${child.exitCode ?? child.signalCode}) before answering`)
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}
