import type { ChildProcess } from 'node:child_process'

/** SIGTERM, then the exit: the server finishes its requests and closes the database first. */
export const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
