export { isTransientTransactionError } from './isTransientTransactionError.js'
export { jitteredBackoff } from './jitteredBackoff.js'
export { retryTransientTransaction, type TransientRetryOptions } from './retryTransientTransaction.js'
export { TransientTransactionExhausted } from './TransientTransactionExhausted.js'
