import autocannon from 'autocannon'

import { stopProcess } from '../support/stopProcess.js'
import type { Product, RouteName } from './product.js'
import { processTreeRss } from './processTreeRss.js'
import { waitForStart } from './waitForStart.js'

/** One product's figures from one round. */
export type Measurement = {
  coldStartMs: number
  /** Non-2xx answers, connection errors and timeouts per route: a route with errors measured something else. */
  errors: Partial<Record<RouteName, number>>
  rps: Partial<Record<RouteName, number>>
  rssMB: number
}

const routeOrder: RouteName[] = ['list', 'one', 'comment', 'thread']

const load = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  )

/**
 * One round of one product: spawn it and time the first 200 of its list (cold start), load every route
 * for `warmupSeconds` uncounted (JIT, the first pages of the tables), then for `seconds` each, read its
 * resident memory after that load, and stop it.
 */
export const measure = async (
  product: Product,
  { connections, seconds, warmupSeconds }: { connections: number; seconds: number; warmupSeconds: number },
): Promise<Measurement> => {
  const began = performance.now()
  const server = product.start()
  try {
    await waitForStart(server, String(product.routes.list.url))
    const coldStartMs = performance.now() - began
    // Reads first, then the writes, then the thread: the same order for every product.
    const routes = routeOrder.flatMap((name) => {
      const options = product.routes[name]
      return options ? [[name, options] as const] : []
    })
    for (const [, options] of routes) await load({ ...options, connections, duration: warmupSeconds })
    const rps: Measurement['rps'] = {}
    const errors: Measurement['errors'] = {}
    for (const [name, options] of routes) {
      const result = await load({ ...options, connections, duration: seconds })
      rps[name] = result.requests.average
      errors[name] = result.non2xx + result.errors + result.timeouts
    }
    return { coldStartMs, errors, rps, rssMB: processTreeRss(server.pid!) }
  } finally {
    await stopProcess(server)
  }
}
