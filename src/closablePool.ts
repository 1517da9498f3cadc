import pg from 'pg'

/**
 * A `pg.Pool` whose `end()` finishes. Payload's PostgreSQL adapter checks a
 * connection out when it connects and never gives it back, and a pool ends only
 * once every connection is back: so `end()` first returns the ones still out
 * (nothing else runs at shutdown), and the process (or Jest) can exit.
 */
export class ClosablePool extends pg.Pool {
  private readonly checkedOut = new Set<pg.PoolClient>()

  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('acquire', (client) => this.checkedOut.add(client))
    this.on('release', (_error, client) => this.checkedOut.delete(client))
  }

  override end(): Promise<void> {
    const ended = super.end()
    for (const client of [...this.checkedOut]) client.release()
    return ended
  }
}
