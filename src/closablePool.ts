import pg from 'pg'

/**
 * A `pg.Pool` whose `end()` finishes and that survives a lost idle connection.
 * Payload's PostgreSQL adapter checks a connection out when it connects and
 * never gives it back, and a pool ends only once every connection is back: so
 * `end()` first returns the ones still out (nothing else runs at shutdown), and
 * the process (or Jest) can exit. And Payload listens for no pool `error`: an
 * idle connection the server ends (a restart, a failover) would then crash the
 * process, where the pool only needs to drop it and open another when asked.
 */
export class ClosablePool extends pg.Pool {
  private readonly checkedOut = new Set<pg.PoolClient>()

  constructor(config?: pg.PoolConfig) {
    super(config)
    // The pool has already dropped the connection; a query on a broken one fails where it is made.
    this.on('error', () => undefined)
    this.on('acquire', (client) => this.checkedOut.add(client))
    this.on('release', (_error, client) => this.checkedOut.delete(client))
  }

  override end(): Promise<void> {
    const ended = super.end()
    for (const client of [...this.checkedOut]) client.release()
    return ended
  }
}
