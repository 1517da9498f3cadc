/**
 * Preloaded into a spawned server (`--import`): on SIGUSR2 it makes the kind
 * of failure a dependency can leave behind, named by KINDRED_TEST_FAULT —
 * `rejection` (a promise rejected that nobody awaits) or `exception` (a throw
 * from a callback). It changes nothing of Kindred's own code.
 */
process.on('SIGUSR2', () => {
  if (process.env.KINDRED_TEST_FAULT === 'exception') {
    setImmediate(() => {
      throw new Error('injected uncaught exception')
    })
  } else {
    void Promise.reject(new Error('injected stray rejection'))
  }
})
