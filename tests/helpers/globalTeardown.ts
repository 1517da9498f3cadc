/** Stops the throwaway PostgreSQL of this run, if globalSetup started one. */
const globalTeardown = async (): Promise<void> => {
  globalThis.kindredThrowawayPostgres?.stop()
  globalThis.kindredThrowawayPostgres = undefined
}

// Jest calls a global setup module's default export.
export default globalTeardown
