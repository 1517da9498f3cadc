import type { Payload } from 'payload'
import type supertest from 'supertest'

import type { StaffRole } from '../../src/access/roles.js'

let counter = 0
const password = 'correct-horse-battery'

/** A staff account with one role, made through the Local API. */
export const createStaff = async (payload: Payload, role: StaffRole) => {
  counter += 1
  const email = `${role}-${counter}@example.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, name: `${role} ${counter}`, password, roles: [role] },
    overrideAccess: true,
  })
  return { email, password, user }
}

/** A verified reader account. */
export const createReader = async (payload: Payload) => {
  counter += 1
  const email = `reader-${counter}@example.test`
  const reader = await payload.create({
    collection: 'readers',
    data: { _verified: true, displayName: `Reader ${counter}`, email, password } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  return { email, password, reader }
}

/** Logs in through REST and returns the JWT for an `Authorization: JWT …` header. */
export const login = async (
  request: ReturnType<typeof supertest>,
  collection: 'readers' | 'users',
  email: string,
  pass = password,
): Promise<string> => {
  const res = await request.post(`/api/${collection}/login`).send({ email, password: pass })
  if (res.status !== 200)
    throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** A signed-in staff member of `role`: its account and an Authorization header value. */
export const staffSession = async (
  payload: Payload,
  request: ReturnType<typeof supertest>,
  role: StaffRole,
) => {
  const account = await createStaff(payload, role)
  return { ...account, auth: `JWT ${await login(request, 'users', account.email)}` }
}

/** A signed-in reader: its account and an Authorization header value. */
export const readerSession = async (payload: Payload, request: ReturnType<typeof supertest>) => {
  const account = await createReader(payload)
  return { ...account, auth: `JWT ${await login(request, 'readers', account.email)}` }
}

/** Logs in through REST as a browser does: the session cookie (`payload-token=…`) and the JWT. */
export const cookieSession = async (
  request: ReturnType<typeof supertest>,
  collection: 'readers' | 'users',
  email: string,
  pass = password,
) => {
  const res = await request.post(`/api/${collection}/login`).send({ email, password: pass })
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((line) => line.split(';')[0])
    .find((pair) => pair.startsWith('payload-token='))
  if (res.status !== 200 || !cookie)
    throw new Error(`cookie login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { auth: `JWT ${res.body.token as string}`, cookie }
}
