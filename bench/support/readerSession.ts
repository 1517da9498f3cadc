import fs from 'node:fs'

/**
 * Signs up a reader on the server at `base`, confirms the address with the link the server wrote to its
 * `EMAIL_OUTBOX_FILE` (`outbox`), signs in and answers the session cookie (`name=value`), as a browser would.
 */
export const readerSession = async (base: string, outbox: string, email: string): Promise<string> => {
  const password = 'a-long-bench-password'
  const post = (path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', origin: base },
      method: 'POST',
    })
  const signUp = await post('/api/readers', { displayName: 'Bench Reader', email, password })
  if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`)
  const sent = fs
    .readFileSync(outbox, 'utf8')
    .split('\n')
    .filter((line) => line.includes(email))
  const token = /verify\/([\w-]+)|token=([\w-]+)/.exec(sent.join('\n'))
  if (!token) throw new Error(`no verification email to ${email} in ${outbox}`)
  const verified = await post(`/api/readers/verify/${token[1] ?? token[2]}`)
  if (verified.status !== 200) throw new Error(`verification answered ${verified.status}`)
  const login = await post('/api/readers/login', { email, password })
  const cookie = login.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  if (login.status !== 200 || !cookie) throw new Error(`sign-in answered ${login.status} without a session`)
  return cookie.split(';')[0]
}
