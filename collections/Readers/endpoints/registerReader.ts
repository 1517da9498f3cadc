import type { Endpoint, PayloadRequest } from 'payload'

import { ValidationError, validations } from 'payload'

import { hashForNobody } from '../../../src/accounts/hashForNobody.js'
import { userHasRole } from '../../../src/access/userHasRole.js'
import { builtInHandler, readJSON } from '@kindred/plugin-shared'
import { emailOwnerOfTakenAddress } from './emailOwnerOfTakenAddress.js'
import { registering } from '../registering.js'

const registrationMessage = 'Check your email to confirm your account.'

const isTakenEmail = (error: unknown, req: PayloadRequest) =>
  error instanceof ValidationError &&
  error.data.errors.length === 1 &&
  error.data.errors[0].path === 'email' &&
  error.data.errors[0].message === req.t('error:userEmailAlreadyRegistered')

/**
 * Payload checks a password only once it knows the address is free (and hashes a number
 * into a 500); checked first, for every registration, a bad one gets one answer.
 */
const checkPassword = (req: PayloadRequest, password: unknown) => {
  const problem =
    password !== undefined && typeof password !== 'string'
      ? 'The password must be a string.'
      : validations.password(password as string, {
          name: 'password',
          type: 'text',
          blockData: {},
          data: {},
          event: 'submit',
          path: ['password'],
          preferences: { fields: {} },
          req,
          required: true,
          siblingData: {},
        })
  if (typeof problem === 'string')
    throw new ValidationError({ collection: 'readers', errors: [{ message: problem, path: 'password' }] })
}

/**
 * `POST /api/readers`: anyone registers. The answer is the same 201 whether the address is
 * new or already has an account (whose owner is emailed instead), and takes as long, so
 * registering tells no one which addresses have accounts. Admins get Payload's own answer.
 */
export const registerReader: Endpoint = {
  handler: async (req) => {
    if (userHasRole(req.user, [])) return builtInHandler(req, 'readers', 'post', '/')(req)
    const data = await readJSON(req)
    checkPassword(req, (data as { password?: unknown } | null)?.password)
    req.context[registering] = true
    try {
      await req.payload.create({
        collection: 'readers',
        // Unchecked on purpose: the collection's validation and rejectMalformedInput name each bad field.
        data: data as never,
        depth: 0,
        overrideAccess: false,
        req,
      })
    } catch (error) {
      if (!isTakenEmail(error, req)) throw error
      const { email, password } = data as { email: string; password?: unknown }
      // A new account's password is hashed before it is stored; spend the same here.
      await hashForNobody(password as string)
      await emailOwnerOfTakenAddress(req, email.trim().toLowerCase())
    }
    return Response.json({ message: registrationMessage }, { status: 201 })
  },
  method: 'post',
  path: '/',
}
