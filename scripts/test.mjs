// `npm test [-- jest arguments]`: the suite on SQLite, then the API suites again on PostgreSQL.
// TEST_DATABASE=sqlite or TEST_DATABASE=postgres runs one database only; TEST_POSTGRES_URL names a cluster to use
// (superuser, each test file creates and drops a database of its own), else the run starts a throwaway one.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url))
const args = process.argv.slice(2)

// Not repeated on PostgreSQL: pure unit tests, the embedded-database server starts, the admin in a browser, the
// plugins' own minimal hosts (tests/plugins: SQLite files of their own, whatever the pass), and the SQLite
// connection's own settings.
const sqliteOnly =
  '/tests/(unit|browser|plugins)/|/tests/server\\.test\\.ts$|/tests/deploymentFiles\\.test\\.ts$|/tests/sqliteConnection\\.test\\.ts$'
// Only on PostgreSQL: the embedded SQLite adapter runs without transactions, so nothing there is retried; and only
// PostgreSQL has a connection pool to exhaust.
const postgresOnly =
  '/tests/postgres\\.test\\.ts$|/tests/transactionRetry\\.test\\.ts$|/tests/databaseBusy\\.test\\.ts$|/tests/busyRetryKeepsTurn\\.test\\.ts$'

const run = (database, extra) => {
  process.stdout.write(`\n── tests on ${database === 'postgres' ? 'PostgreSQL' : 'SQLite'} ──\n`)
  const { status } = spawnSync(process.execPath, [jest, ...args, ...extra], {
    env: {
      ...process.env,
      // Inherited by jest's worker, which jest.config.js replaces when its heap grows (workerIdleMemoryLimit).
      NODE_OPTIONS: '--experimental-vm-modules --conditions=development',
      TEST_DATABASE: database,
    },
    stdio: 'inherit',
  })
  return status ?? 1
}

const only = process.env.TEST_DATABASE
if (only && only !== 'sqlite' && only !== 'postgres') {
  process.stderr.write(`TEST_DATABASE must be sqlite or postgres, not "${only}"\n`)
  process.exit(2)
}
// What each pass leaves out: the PostgreSQL-only suite on SQLite, the SQLite-only suites on PostgreSQL.
const passes = {
  postgres: [`--testPathIgnorePatterns=${sqliteOnly}`, '--passWithNoTests'],
  sqlite: [`--testPathIgnorePatterns=${postgresOnly}`, '--passWithNoTests'],
}
const statuses = (only ? [only] : ['sqlite', 'postgres']).map((database) => run(database, passes[database]))
process.exit(statuses.some((status) => status !== 0) ? 1 : 0)
