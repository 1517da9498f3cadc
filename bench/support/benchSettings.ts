/**
 * The load settings of an autocannon benchmark, from the environment (BENCH_SECONDS, BENCH_CONNECTIONS,
 * BENCH_ROUNDS, BENCH_PORT), else the file's own defaults; `base` is the server's address on that port.
 */
export const benchSettings = (defaults: { port: number; rounds?: number }) => {
  const port = Number(process.env.BENCH_PORT || defaults.port)
  return {
    base: `http://127.0.0.1:${port}`,
    connections: Number(process.env.BENCH_CONNECTIONS || 10),
    duration: Number(process.env.BENCH_SECONDS || 10),
    port,
    rounds: Number(process.env.BENCH_ROUNDS || defaults.rounds || 2),
  }
}
