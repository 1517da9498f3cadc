import { APIError } from 'payload'

/** A 400 naming the one input field at fault, the way Payload's validation errors do, so a form shows it there. */
export const fieldError = (message: string, path: string) =>
  new APIError(message, 400, { errors: [{ message, path }] }, true)
