import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import crypto from 'node:crypto'

import { outbox } from '../../src/email/outboxEmailAdapter.js'
import { createReader, createStaff, staffSession } from '../helpers/accounts.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
const accounts: Record<'readers' | 'users', { email: string; password: string }> = {
  readers: { email: '', password: '' },
  users: { email: '', password: '' },
}

beforeAll(async () => {
  kindred = await bootKindred()
  accounts.users = await createStaff(kindred.payload, 'admin')
  accounts.readers = await createReader(kindred.payload)
})
afterAll(async () => {
  await kindred.close()
})

// The app trusts X-Forwarded-For from loopback, as behind a proxy: each test signs in from addresses of its own.
let lastAddress = 0
const newAddress = () => `10.77.${Math.floor(++lastAddress / 250)}.${(lastAddress % 250) + 1}`

const login = (collection: string, email: string, password: string, from: string) =>
  kindred.request.post(`/api/${collection}/login`).set('X-Forwarded-For', from).send({ email, password })

/** An HTTP answer without what differs between any two answers (when it was sent, its request id). */
const answer = (res: { headers: Record<string, unknown>; status: number; text: string }) => {
  const { date: _date, 'x-request-id': _requestID, ...headers } = res.headers
  return { headers, status: res.status, text: res.text }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe.each(['users', 'readers'] as const)(
  'signing in to %s never tells who has an account',
  (collection) => {
    it('answers a wrong password and an unknown email byte for byte alike', async () => {
      const { email } = accounts[collection]
      const wrong = await login(collection, email, 'not-the-password', newAddress())
      const unknown = await login(
        collection,
        `nobody-${collection}@example.test`,
        'not-the-password',
        newAddress(),
      )
      expect(wrong.status).toBe(401)
      expect(answer(unknown)).toEqual(answer(wrong))
    })

    it('hashes the password for an unknown email as for a wrong one, so timing does not tell either', async () => {
      // Counting the hashes is the behaviour; the loose timing bound (medians within 2×, against
      // ~50× before) checks nothing else makes one answer slower. It is no speed test.
      const pbkdf2 = jest.spyOn(crypto, 'pbkdf2')
      const from = newAddress()
      const time = async (email: string) => {
        const started = process.hrtime.bigint()
        const before = pbkdf2.mock.calls.length
        const res = await login(collection, email, 'not-the-password', from)
        expect(res.status).toBe(401)
        expect(pbkdf2.mock.calls.length - before).toBe(1)
        return Number(process.hrtime.bigint() - started) / 1e6
      }
      const known: number[] = []
      const unknown: number[] = []
      try {
        for (let i = 0; i < 7; i += 1) {
          known.push(await time(accounts[collection].email))
          unknown.push(await time(`ghost-${i}-${collection}@example.test`))
        }
      } finally {
        pbkdf2.mockRestore()
      }
      const ratio = median(unknown) / median(known)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })

    it('ten wrong passwords from a stranger’s address never lock the owner out of their own', async () => {
      const { email, password } = accounts[collection]
      const stranger = newAddress()
      for (let i = 0; i < 10; i += 1)
        expect((await login(collection, email, `guess-${i}`, stranger)).status).toBe(401)
      const throttled = await login(collection, email, password, stranger)
      expect(throttled.status).toBe(429)
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
      expect(throttled.text).not.toMatch(/locked/i)
      const owner = await login(collection, email, password, newAddress())
      expect(owner.status).toBe(200)
    })

    it('counts 16 simultaneous wrong passwords exactly, so a burst cannot slip guesses past the limit of 10', async () => {
      const { email } = accounts[collection]
      const from = newAddress()
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) => login(collection, email, `burst-${i}`, from)),
      )
      const statuses = answers.map((res) => res.status).sort()
      expect(statuses).toEqual([...Array(10).fill(401), ...Array(6).fill(429)])
      for (const res of answers.filter((res) => res.status === 429))
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    })

    it('throttles an unknown email exactly as a known one, with the same answer', async () => {
      const from = newAddress()
      const answers: Awaited<ReturnType<typeof login>>[] = []
      for (const email of [accounts[collection].email, `phantom-${collection}@example.test`]) {
        for (let i = 0; i < 10; i += 1) await login(collection, email, `guess-${i}`, from)
        answers.push(await login(collection, email, 'guess-10', from))
      }
      expect(answers[0].status).toBe(429)
      // Only the seconds left may differ: each window started with its own first attempt.
      const withoutSeconds = (res: (typeof answers)[number]) =>
        JSON.stringify(answer(res)).replace(/(retry-after":"|retryAfterSeconds\\":)\d+/g, '$1N')
      expect(withoutSeconds(answers[1])).toBe(withoutSeconds(answers[0]))
      expect(withoutSeconds(answers[0])).toContain('retryAfterSeconds\\":N')
      for (const res of answers) expect(Number(res.headers['retry-after'])).toBeGreaterThan(800)
    })

    it('throttles sign-ins through GraphQL too, alike for known and unknown emails', async () => {
      const mutation = collection === 'users' ? 'loginUser' : 'loginReader'
      const from = newAddress()
      const graphqlLogin = (email: string) =>
        kindred.request
          .post('/api/graphql')
          .set('X-Forwarded-For', from)
          .send({ query: `mutation { ${mutation}(email: "${email}", password: "a-guess") { token } }` })
      const messages = []
      for (const email of [accounts[collection].email, `graph-ghost-${collection}@example.test`]) {
        for (let i = 0; i < 10; i += 1) await graphqlLogin(email)
        messages.push((await graphqlLogin(email)).body.errors?.[0]?.message)
      }
      expect(messages[0]).toMatch(/too many sign-in attempts/i)
      expect(messages[1]).toBe(messages[0])
    })

    it('a successful sign-in forgets the failed attempts from that address', async () => {
      const { email, password } = accounts[collection]
      const from = newAddress()
      for (let i = 0; i < 9; i += 1) await login(collection, email, `guess-${i}`, from)
      expect((await login(collection, email, password, from)).status).toBe(200)
      for (let i = 0; i < 9; i += 1)
        expect((await login(collection, email, `again-${i}`, from)).status).toBe(401)
    })
  },
)

describe('guessing across many accounts from one address', () => {
  it('is refused with 429 after 50 attempts, for any account, a known one with its right password too', async () => {
    const from = newAddress()
    for (let i = 0; i < 50; i += 1)
      expect((await login('readers', `spray-${i}@example.test`, 'password-1', from)).status).toBe(401)
    const { email, password } = accounts.readers
    const refused = await login('readers', email, password, from)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  }, 60_000)
})

describe('unlocking accounts', () => {
  it('only an admin may unlock an account: an editor or a reader gets 403', async () => {
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const reader = await createReader(kindred.payload)
    const readerToken = (await login('readers', reader.email, reader.password, newAddress())).body.token
    for (const Authorization of [editor.auth, `JWT ${readerToken}`]) {
      for (const collection of ['users', 'readers']) {
        const res = await kindred.request
          .post(`/api/${collection}/unlock`)
          .set({ Authorization })
          .send({ email: accounts.users.email })
        expect(res.status).toBe(403)
      }
    }
  })
})

describe('reader registration never tells who has an account', () => {
  const register = (body: Record<string, unknown>) =>
    kindred.request.post('/api/readers').set('X-Forwarded-For', newAddress()).send(body)

  it('answers a taken address exactly as a new one, and emails the owner instead, once an hour at most', async () => {
    const taken = accounts.readers.email
    const fresh = await register({
      displayName: 'New',
      email: 'brand-new@example.test',
      password: 'new-password',
    })
    const before = outbox.length
    const again = await register({
      displayName: 'Impostor',
      email: taken.toUpperCase(),
      password: 'other-password',
    })
    expect(fresh.status).toBe(201)
    expect(fresh.body).toEqual({ message: 'Check your email to confirm your account.' })
    expect(answer(again)).toEqual(answer(fresh))
    // Once an hour at most: registering again and again does not flood the owner's inbox.
    const third = await register({ displayName: 'Impostor', email: taken, password: 'other-password' })
    expect(answer(third)).toEqual(answer(fresh))
    const sent = outbox.slice(before)
    expect(sent.map((m) => [m.to, m.subject])).toEqual([
      [taken, 'Someone tried to register with your address'],
    ])
    const { totalDocs } = await kindred.payload.count({
      collection: 'readers',
      where: { email: { equals: taken } },
    })
    expect(totalDocs).toBe(1)
  })

  it('hashes a password for a taken address as for a new one', async () => {
    const pbkdf2 = jest.spyOn(crypto, 'pbkdf2')
    try {
      for (const email of ['another-new@example.test', accounts.readers.email]) {
        const before = pbkdf2.mock.calls.length
        expect((await register({ displayName: 'X', email, password: 'some-password' })).status).toBe(201)
        expect(pbkdf2.mock.calls.length - before).toBe(1)
      }
    } finally {
      pbkdf2.mockRestore()
    }
  })

  it('names a bad field the same way for a taken address as for a new one', async () => {
    for (const body of [
      { password: 'some-password' },
      { displayName: 'X', password: 'ab' },
      { displayName: 'X' },
      { displayName: 'X', password: 12345678 },
    ]) {
      const fresh = await register({ ...body, email: 'not-yet@example.test' })
      const taken = await register({ ...body, email: accounts.readers.email })
      expect(fresh.status).toBe(400)
      expect(answer(taken)).toEqual(answer(fresh))
    }
  })

  it('GraphQL cannot register readers (it would answer "already registered")', async () => {
    const res = await kindred.request.post('/api/graphql').send({
      query: `mutation { createReader(data: { email: "${accounts.readers.email}", password: "x-password", displayName: "G" }) { id } }`,
    })
    expect(JSON.stringify(res.body)).not.toMatch(/already registered/i)
    expect(res.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('an admin still creates readers with Payload’s own answer, the document', async () => {
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const res = await kindred.request
      .post('/api/readers')
      .set({ Authorization: admin.auth })
      .send({ displayName: 'By Admin', email: 'by-admin@example.test', password: 'admin-made' })
    expect(res.status).toBe(201)
    expect(res.body.doc.email).toBe('by-admin@example.test')
  })
})

describe('password resets never tell who has an account', () => {
  it.each(['users', 'readers'] as const)(
    'answers for a known and an unknown email alike (%s)',
    async (collection) => {
      const ask = (email: string) =>
        kindred.request.post(`/api/${collection}/forgot-password`).send({ email })
      const known = await ask(accounts[collection].email)
      const unknown = await ask(`never-${collection}@example.test`)
      expect(known.status).toBe(200)
      expect(answer(unknown)).toEqual(answer(known))
    },
  )
})
