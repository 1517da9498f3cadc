/**
 * The email and password of a sign-in, or undefined for any other operation and for a
 * sign-in missing either (Payload answers those with a 400 naming the field).
 */
export const loginCredentials = (
  operation: string,
  args: unknown,
): undefined | { email: string; password: string } => {
  if (operation !== 'login') return undefined
  const { email, password } = ((args as { data?: unknown }).data ?? {}) as {
    email?: unknown
    password?: unknown
  }
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim())
    return undefined
  return { email, password }
}
