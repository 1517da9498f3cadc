import { z } from 'zod'

import type { OpenApiOperation } from '@kindred/plugin-shared'

import { errorResponses } from '@kindred/plugin-shared'

/** A reader's own account as Payload's auth routes answer it: never a hash, salt or token. */
const reader = z.object({
  _strategy: z.string().optional(),
  _verified: z.boolean().nullish(),
  collection: z.literal('readers').optional(),
  createdAt: z.string(),
  displayName: z.string(),
  email: z.email(),
  id: z.string(),
  sessions: z
    .array(z.object({ createdAt: z.string(), expiresAt: z.string(), id: z.string() }))
    .nullish()
    .describe('The reader’s signed-in sessions.'),
  updatedAt: z.string().nullable(),
})

const message = z.object({ message: z.string() })
const credentials = z.object({ email: z.email(), password: z.string() })
const tags = ['Reader accounts']

/**
 * Payload's auth routes of the readers collection (plus the registration that replaces its
 * create), described here because Payload defines them, not our endpoints. Paths are relative
 * to `/api/readers`.
 */
export const readerAuthOperations: { description: OpenApiOperation; method: string; path: string }[] = [
  {
    description: {
      body: credentials.extend({
        'confirm-password': z
          .string()
          .optional()
          .describe('The password again, as a sign-up form asks it; a 400 names this field when it differs.'),
        displayName: z.string().min(1).max(60),
      }),
      description:
        'The same answer whether or not the address already has an account (its owner is emailed instead). ' +
        'The account works once the emailed link is confirmed.',
      responses: { 201: { description: 'Check your email.', schema: message }, ...errorResponses(400) },
      summary: 'Register',
      tags,
    },
    method: 'post',
    path: '',
  },
  {
    description: {
      body: credentials,
      description:
        'Answers the JWT and sets it as an HttpOnly cookie. 401: wrong email or password; 403: the email is not verified yet.',
      responses: {
        200: {
          description: 'Signed in.',
          schema: z.object({ exp: z.number().int(), message: z.string(), token: z.string(), user: reader }),
        },
        ...errorResponses(400, 401, 403, 429),
      },
      summary: 'Sign in',
      tags,
    },
    method: 'post',
    path: '/login',
  },
  {
    description: {
      responses: {
        200: { description: 'Signed out; the cookie is cleared.', schema: message },
        ...errorResponses(400),
      },
      security: ['jwt'],
      summary: 'Sign out',
      tags,
    },
    method: 'post',
    path: '/logout',
  },
  {
    description: {
      responses: {
        200: {
          description: 'The signed-in reader, or `user: null`.',
          schema: z.object({
            collection: z.literal('readers').optional(),
            exp: z.number().int().optional(),
            message: z.string().optional(),
            strategy: z.string().optional(),
            token: z.string().optional(),
            user: reader.nullable(),
          }),
        },
      },
      security: ['jwt'],
      summary: 'The signed-in reader',
      tags,
    },
    method: 'get',
    path: '/me',
  },
  {
    description: {
      body: z.object({ email: z.email() }),
      description: 'The same answer for any address; an account’s owner gets a reset link by email.',
      responses: { 200: { description: 'Check your email.', schema: message }, ...errorResponses(400, 429) },
      summary: 'Ask for a password reset',
      tags,
    },
    method: 'post',
    path: '/forgot-password',
  },
  {
    description: {
      body: z.object({ password: z.string(), token: z.string() }),
      responses: {
        200: {
          description: 'The password is changed and the reader signed in.',
          schema: z.object({ message: z.string().optional(), token: z.string().optional(), user: reader }),
        },
        ...errorResponses(400, 403),
      },
      summary: 'Reset the password with the emailed token',
      tags,
    },
    method: 'post',
    path: '/reset-password',
  },
  {
    description: {
      params: { token: 'The token from the verification email.' },
      responses: { 200: { description: 'Verified.', schema: message }, ...errorResponses(400, 403) },
      summary: 'Confirm the email address',
      tags,
    },
    method: 'post',
    path: '/verify/:token',
  },
]
