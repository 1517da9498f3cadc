/**
 * What an account form shows after the API refused it: a message per field (by the API's field path), one for
 * the whole form (wrong password, throttled), and the values to fill back in (never a password).
 */
export type AccountFormState = {
  fields: Record<string, string>
  message?: string
  values: Record<string, string>
}
