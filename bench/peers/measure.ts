import autocannon from 'autocannon'

import { stopProcess } from '../support/stopProcess.js'
import type { Product, RouteName } from './product.js'
import { processTreeRss } from './processTreeRss.js'
import { waitForStart } from './waitForStart.js'

/** One product's figures from one round. */
export type Measurement = {
  coldStartMs: number
  /** What went wrong per route ("2 × 500, 1 timed out"), absent when nothing did: such a route measured something else too. */
  errors: Partial<Record<RouteName, string>>
  rps: Partial<Record<RouteName, number>>
  rssMB: number
}

const routeOrder: RouteName[] = ['list', 'listDepth0', 'one', 'comment', 'thread']

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
      const problems = [
        ...Object.entries(result.statusCodeStats ?? {})
          .filter(([status]) => !status.startsWith('2'))
          .map(([status, { count }]) => `${count} × ${status}`),
        ...(result.timeouts ? [`${result.timeouts} timed out`] : []),
        // autocannon's errors include its timeouts
        ...(result.errors > result.timeouts ? [`${result.errors - result.timeouts} connection errors`] : []),
      ]
      if (problems.length) errors[name] = problems.join(', ')
    }
    return { coldStartMs, errors, rps, rssMB: processTreeRss(server.pid!) }
  } finally {
    await stopProcess(server)
  }
}
