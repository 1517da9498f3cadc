/** One route's row of the markdown table every benchmark prints: `| route | req/s | p50 | p99 | errors |`. */
export const resultRow = (
  label: string,
  { errors, p50, p99, rps }: { errors: number; p50: number; p99: number; rps: number },
): string => `| ${label} | ${rps.toFixed(0)} | ${p50.toFixed(0)} ms | ${p99.toFixed(0)} ms | ${errors} |`
