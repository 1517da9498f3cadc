/**
 * The database the API suites run on: `TEST_DATABASE=postgres` (each test file
 * on a fresh database of its own in the cluster at `TEST_POSTGRES_URL`, or in a
 * throwaway cluster the run starts), or SQLite by default.
 */
export const testDatabase = (): 'postgres' | 'sqlite' => {
  const chosen = process.env.TEST_DATABASE || 'sqlite'
  if (chosen !== 'postgres' && chosen !== 'sqlite')
    throw new Error(`TEST_DATABASE must be sqlite or postgres, not "${chosen}"`)
  return chosen
}
