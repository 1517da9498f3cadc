import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Installs `packages` with npm into `dir` (a scratch folder of its own, never this repository), once:
 * a later run finds the list in `dir`/.installed and re-uses what is there. `env` is npm's environment
 * (each product's telemetry opt-out, so no install script phones home).
 */
export const npmInstall = async (
  dir: string,
  packages: () => Promise<string[]>,
  env: NodeJS.ProcessEnv,
): Promise<string> => {
  const marker = path.join(dir, '.installed')
  if (fs.existsSync(marker)) return fs.readFileSync(marker, 'utf8')
  fs.mkdirSync(dir, { recursive: true })
  const manifest = path.join(dir, 'package.json')
  if (!fs.existsSync(manifest))
    fs.writeFileSync(
      manifest,
      JSON.stringify({ name: `peer-${path.basename(dir)}`, private: true, version: '0.0.0' }),
    )
  const specs = await packages()
  const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
    cwd: dir,
    env: { ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`npm install ${specs.join(' ')} in ${dir} exited with ${code}`)
  fs.writeFileSync(marker, specs.join(' '))
  return specs.join(' ')
}
