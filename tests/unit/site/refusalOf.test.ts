import { describe, expect, it } from '@jest/globals'

import { refusalOf } from '../../../src/site/accounts/refusalOf.js'

const answer = (status: number, headers: Record<string, string> = {}) => ({
  headers: new Headers(headers),
  status,
})

describe('refusalOf (showing an API refusal on an account form)', () => {
  it('puts each field error Payload names beside its field', () => {
    const body = {
      errors: [
        {
          data: {
            errors: [
              {
                message: 'This value must be longer than the minimum length of 3 characters.',
                path: 'password',
              },
              { message: 'Does not match the password.', path: 'confirm-password' },
            ],
          },
          message: 'The following fields are invalid: password, confirm-password',
        },
      ],
    }
    expect(refusalOf(answer(400), body)).toEqual({
      fields: {
        'confirm-password': 'Does not match the password.',
        password: 'This value must be longer than the minimum length of 3 characters.',
      },
    })
  })

  it('shows a refusal without fields as the API’s message for the whole form', () => {
    const body = { errors: [{ message: 'The email or password provided is incorrect.' }] }
    expect(refusalOf(answer(401), body)).toEqual({
      fields: {},
      message: 'The email or password provided is incorrect.',
    })
  })

  it.each([
    ['30', '30 seconds'],
    ['900', 'about 15 minutes'],
    ['7200', 'about 2 hours'],
  ])('shows a 429 with Retry-After %s as a wait of %s', (retryAfter, wait) => {
    expect(refusalOf(answer(429, { 'retry-after': retryAfter }), {}).message).toBe(
      `Too many attempts. Please wait ${wait} and try again.`,
    )
  })

  it('still gives a message for a body it cannot read (never a blank form)', () => {
    expect(refusalOf(answer(500), 'Internal Server Error').message).toBe(
      'Something went wrong. Please try again.',
    )
  })
})
