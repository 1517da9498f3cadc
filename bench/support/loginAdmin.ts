import { demoStaff } from '../../src/seed/demoLogins.js'
import { fetchJSON } from './fetchJSON.js'

/** The demo admin's JWT, for the `Authorization: JWT …` header of baseline and setup requests. */
export const loginAdmin = async (base: string): Promise<string> => {
  const admin = demoStaff.find((person) => person.role === 'admin')!
  const { token } = await fetchJSON(`${base}/api/users/login`, {
    body: JSON.stringify({ email: admin.email, password: admin.password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return token
}
