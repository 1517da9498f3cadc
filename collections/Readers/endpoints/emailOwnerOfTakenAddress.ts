import type { PayloadRequest } from 'payload'

/**
 * Tells the owner of an address that someone tried to register with it: the one person
 * entitled to learn that it already has an account.
 */
export const emailOwnerOfTakenAddress = async (req: PayloadRequest, email: string) => {
  const api = `${req.payload.config.serverURL}${req.payload.config.routes.api}`
  await req.payload.sendEmail({
    subject: 'Someone tried to register with your address',
    text:
      'Someone just tried to create a Kindred account with this email address, which already has one.\n\n' +
      `If it was you, sign in (POST ${api}/readers/login) or reset your password ` +
      `(POST ${api}/readers/forgot-password). If it was not, you can ignore this email: nothing changed.\n`,
    to: email,
  })
}
