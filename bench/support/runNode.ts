import { spawn } from 'node:child_process'

/** Runs a Node script to its end (stderr shows through) and fails the benchmark if it fails. */
export const runNode = async (args: string[], env: NodeJS.ProcessEnv): Promise<void> => {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
  const code = await new Promise((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`)
}
