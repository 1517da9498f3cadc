/** Every attempt of a transaction failed with a transient error: the caller should ask its client to come back. */
export class TransientTransactionExhausted extends Error {
  readonly attempts: number

  constructor(attempts: number, cause: unknown) {
    super(`The transaction failed with a transient error ${attempts} times`, { cause })
    this.attempts = attempts
    this.name = 'TransientTransactionExhausted'
  }
}
