import { runNode } from './runNode.js'

/** Writes the demo (staff logins, the article, the check-in) into the database `env` names. */
export const seedDemo = (env: NodeJS.ProcessEnv): Promise<void> =>
  runNode(['--conditions=production', 'dist/src/seed/run.js'], env)
