import { machineLine } from './machineLine.js'
import { resultRow } from './resultRow.js'

type Measured = { errors: number; p50: number; p99: number; rps: number }

/**
 * The report of a benchmark that alternates an endpoint with its baseline (see alternateRounds):
 * the machine, the command, the load, the table, and the ratio of the endpoint's throughput to the
 * baseline's against its target — the baseline's row first, the endpoint's second.
 */
export const comparisonReport = ({
  baseline,
  command,
  endpoint,
  load: { connections, duration, rounds },
  notes = [],
  ratio,
}: {
  baseline: [label: string, result: Measured]
  command: string
  endpoint: [label: string, result: Measured]
  load: { connections: number; duration: number; rounds: number }
  notes?: string[]
  ratio: { name: string; target: string }
}): string =>
  [
    machineLine(', SQLite'),
    `command: ${command}`,
    `autocannon: ${connections} connections, ${rounds} × ${duration} s per route, alternating`,
    ...notes,
    '',
    '| route | req/s | p50 | p99 | errors / non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    resultRow(...baseline),
    resultRow(...endpoint),
    '',
    `${ratio.name}: ${(endpoint[1].rps / baseline[1].rps).toFixed(2)}× (target ${ratio.target})`,
    '',
  ].join('\n')
