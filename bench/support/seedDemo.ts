import { runNode } from './runNode.js'

/**
 * Writes the demo (staff logins, the article, the check-in) into the database `env` names. Not as
 * NODE_ENV=production, where the seed refuses to write the demo logins the benchmarks sign in with. tsx: the
 * unbundled build imports the plugin packages (`@kindred/plugin-*`), whose entry points are TypeScript.
 */
export const seedDemo = (env: NodeJS.ProcessEnv): Promise<void> =>
  runNode(['--conditions=production', '--import', 'tsx', 'dist/src/seed/run.js'], {
    ...env,
    NODE_ENV: 'development',
  })
