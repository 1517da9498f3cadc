/** The parts of a MongoDB driver error (`MongoServerError`) that say whether a transaction may be run again. */
type MongoErrorShape = {
  code?: unknown
  codeName?: unknown
  errorLabels?: unknown
  hasErrorLabel?: (label: string) => boolean
}

const transientLabel = 'TransientTransactionError'
const writeConflictCode = 112

/**
 * Whether a failed transaction can safely be run again from the start: MongoDB labels such errors
 * `TransientTransactionError` (the transaction was aborted, nothing of it was written), and a
 * `WriteConflict` (code 112) means another transaction wrote the same document first. A commit whose
 * outcome is unknown (`UnknownTransactionCommitResult`) is not transient: it may have been written,
 * and running the work again would write it twice (the driver already retries such commits once).
 */
export const isTransientTransactionError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false
  const { code, codeName, errorLabels, hasErrorLabel } = error as MongoErrorShape
  if (typeof hasErrorLabel === 'function' && hasErrorLabel.call(error, transientLabel)) return true
  if (Array.isArray(errorLabels) && errorLabels.includes(transientLabel)) return true
  return code === writeConflictCode || codeName === 'WriteConflict'
}
