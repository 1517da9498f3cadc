import type autocannon from 'autocannon'
import type { ChildProcess } from 'node:child_process'

/**
 * What the comparison loads: the list of 10 articles, one article by id, a guest's comment create, a thread page;
 * `listDepth0` is Kindred's list with relations as ids, the shape the peers' lists have (they populate nothing by default).
 */
export type RouteName = 'comment' | 'list' | 'listDepth0' | 'one' | 'thread'

/**
 * A CMS installed, configured and seeded, not running: `start` spawns it (API only, production mode) and
 * `routes` are the autocannon targets for what it has of the comparison — `list`, whose first 200 ends
 * its cold start, always.
 */
export type Product = {
  name: string
  /** The installed version, for the report. */
  version?: string
  routes: Partial<Record<RouteName, autocannon.Options>> & { list: autocannon.Options }
  start: () => ChildProcess
}
