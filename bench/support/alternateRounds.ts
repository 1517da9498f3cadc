import autocannon from 'autocannon'

export type RouteResult = {
  /** Non-2xx answers plus connection errors and timeouts, over every round. */
  errors: number
  /** Every 2xx answer's latency in ms, over every round: for percentiles autocannon does not report (p95). */
  latencies: number[]
  /** Means over the rounds of autocannon's per-round figures. */
  p50: number
  p99: number
  rps: number
}

type Settings<Name> = {
  connections: number
  duration: number
  /** Called as each counted run starts; what it returns is called as the run ends (CPU accounting, say). */
  observe?: (name: Name) => () => void
  rounds: number
  warmupSeconds?: number
}

const run = (options: autocannon.Options, latencies?: number[]) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    // autocannon's own histogram also keeps 2xx answers only, so both describe the same requests.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (latencies && statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
    })
  })

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Loads each target for `duration` seconds, `rounds` times, in the order given and then in reverse
 * (a table that grows, or a machine that warms up, weighs on every target alike), after a
 * `warmupSeconds` run of each (JIT, caches, the first pages of the tables) that is not counted.
 */
export const alternateRounds = async <Name extends string>(
  targets: Record<Name, autocannon.Options>,
  { connections, duration, observe, rounds, warmupSeconds = 3 }: Settings<Name>,
): Promise<Record<Name, RouteResult>> => {
  const names = Object.keys(targets) as Name[]
  for (const name of names) await run({ ...targets[name], connections, duration: warmupSeconds })
  type Rounds = { errors: number; latencies: number[]; p50: number[]; p99: number[]; rps: number[] }
  const rows = new Map<Name, Rounds>(
    names.map((name) => [name, { errors: 0, latencies: [], p50: [], p99: [], rps: [] }]),
  )
  for (let round = 0; round < rounds; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const row = rows.get(name)!
      const observed = observe?.(name)
      const result = await run({ ...targets[name], connections, duration }, row.latencies)
      observed?.()
      row.rps.push(result.requests.average)
      row.p50.push(result.latency.p50)
      row.p99.push(result.latency.p99)
      row.errors += result.non2xx + result.errors
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const row = rows.get(name)!
      return [name, { ...row, p50: mean(row.p50), p99: mean(row.p99), rps: mean(row.rps) }]
    }),
  ) as Record<Name, RouteResult>
}
