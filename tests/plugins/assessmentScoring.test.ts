import type { PluginHost } from './bootPluginHost.js'

import { assessmentScoringConfig, hostSlugs, surveys } from './assessmentScoring.config.js'
import { bootPluginHost, scratchDatabase } from './bootPluginHost.js'
import { sqliteSchemaOf } from './sqliteSchemaOf.js'

let enabled: PluginHost
let disabled: PluginHost

const password = 'a long test password'
type Position = 'director' | 'receptionist' | 'therapist'
/** A new member of the host's team, signed in: their id and the headers that carry their session. */
const teamMember = async (host: PluginHost, position: Position) => {
  const email = `${position}-${Math.random()}@team.test`
  const { id } = await host.payload.create({
    collection: hostSlugs.staff,
    data: { email, name: `A ${position}`, password, position } as never,
  })
  const { token } = await host.payload.login({ collection: hostSlugs.staff, data: { email, password } })
  return { headers: { Authorization: `JWT ${token}` }, id: String(id) }
}
const signIn = async (host: PluginHost, position: Position) => (await teamMember(host, position)).headers

const bands = [
  { label: 'Needs care', max: 2.5, min: 1 },
  { label: 'Steady', max: 3.75, min: 2.5 },
  { label: 'Thriving', max: 5, min: 3.75 },
]

/** A published survey of three 1–5 items on one mean-scored dimension, the last reverse-keyed. */
const publishSurvey = async (host: PluginHost, slug: string) => {
  const items = []
  for (const [prompt, reverseKeyed] of [
    ['We make time for each other.', false],
    ['I feel close to my partner.', false],
    ['We drift apart for weeks.', true],
  ] as const) {
    items.push(
      await host.payload.create({
        collection: hostSlugs.questions,
        data: {
          dimension: 'close',
          prompt,
          reverseKeyed,
          scale: { max: 5, min: 1 },
          type: 'likert',
        } as never,
      }),
    )
  }
  await host.payload.create({
    collection: hostSlugs.assessments,
    data: {
      _status: 'published',
      dimensions: [{ bands, key: 'close', label: 'Closeness', method: 'mean' }],
      questions: items.map((item) => item.id),
      slug,
      title: slug,
    } as never,
  })
  return items.map((item) => String(item.id))
}

let itemIDs: string[]

/** The database of a config that is refused before any connection: no file is made. */
const neverOpened = '/nonexistent/refused-config.db'

beforeAll(async () => {
  const enabledDB = scratchDatabase()
  const disabledDB = scratchDatabase()
  enabled = await bootPluginHost(assessmentScoringConfig(enabledDB), enabledDB, 'scoring-enabled')
  disabled = await bootPluginHost(
    assessmentScoringConfig(disabledDB, { disabled: true }),
    disabledDB,
    'scoring-off',
  )
  itemIDs = await publishSurvey(enabled, 'closeness')
})

afterAll(async () => {
  await enabled?.close()
  await disabled?.close()
})

describe('the assessment-scoring plugin on a host with its own slugs and staff rules', () => {
  it("scores a respondent's submission to the host's published survey and returns the band", async () => {
    const res = await enabled.api(`/${hostSlugs.assessments}/closeness/responses`, {
      json: { answers: { [itemIDs[0]]: 4, [itemIDs[1]]: 4, [itemIDs[2]]: 4 }, submit: true },
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { result: { dimensions: unknown[] }; status: string; token: string }
    expect(body.status).toBe('submitted')
    expect(body.token).toEqual(expect.any(String))
    // The reverse-keyed item answered 4 counts as 2: (4 + 4 + 2) / 3.
    expect(body.result.dimensions[0]).toMatchObject({
      band: { label: 'Steady' },
      key: 'close',
      score: 10 / 3,
    })
  })

  it("refuses to publish a survey whose bands leave scores without a band (the host's assessments slug)", async () => {
    const res = await enabled.api(`/${hostSlugs.assessments}`, {
      headers: await signIn(enabled, 'therapist'),
      json: {
        _status: 'published',
        dimensions: [{ bands: [bands[0], bands[2]], key: 'close', label: 'Closeness', method: 'mean' }],
        questions: itemIDs,
        slug: 'gapped',
        title: 'Gapped',
      },
      method: 'POST',
    })
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as {
      errors: { data: { errors: { message: string; path: string }[] } }[]
    }
    expect(errors[0].data.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/2\.5 to 3\.75 fall in no band/),
        path: 'dimensions.0.bands',
      }),
    ])
  })

  it("serves the key preview on the host's assessments slug to the host's counselors only (privilege escalation)", async () => {
    const preview = (headers: Record<string, string>) =>
      enabled.api(`/${hostSlugs.assessments}/key-preview`, {
        headers,
        json: { dimensions: [{ bands, key: 'close', label: 'Closeness', method: 'mean' }], questions: [] },
        method: 'POST',
      })
    expect((await preview({})).status).toBe(401)
    expect((await preview(await signIn(enabled, 'receptionist'))).status).toBe(403)
    expect((await preview(await signIn(enabled, 'therapist'))).status).toBe(200)
    // The admin's preview component is told the same slug, so it posts where the endpoint is.
    const field = enabled.payload.collections[hostSlugs.assessments].config.fields.find(
      (candidate) => 'name' in candidate && candidate.name === 'keyPreview',
    )
    expect(field?.admin?.components).toMatchObject({
      Field: { clientProps: { assessmentsSlug: hostSlugs.assessments } },
    })
  })
})

describe("the assessment-scoring plugin's grants on a host with its own staff rules", () => {
  it("lets a respondent grant the host's therapist, who then reads the result, and refuses a receptionist by field", async () => {
    const started = await enabled.api(`/${hostSlugs.assessments}/closeness/responses`, {
      json: { answers: { [itemIDs[0]]: 5, [itemIDs[1]]: 5, [itemIDs[2]]: 1 }, submit: true },
      method: 'POST',
    })
    const { id, token } = (await started.json()) as { id: string; token: string }
    const asRespondent = { 'X-Response-Token': token }
    const therapist = await teamMember(enabled, 'therapist')
    const receptionist = await teamMember(enabled, 'receptionist')
    // Before any grant the therapist learns nothing, not even that the response exists.
    expect((await enabled.api(`/responses/${id}/result`, { headers: therapist.headers })).status).toBe(404)

    const refused = await enabled.api(`/responses/${id}/grants`, {
      headers: asRespondent,
      json: { counselor: receptionist.id },
      method: 'POST',
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({
      errors: [{ data: { errors: [{ message: 'No counselor with this id.', path: 'counselor' }] } }],
    })

    const granted = await enabled.api(`/responses/${id}/grants`, {
      headers: asRespondent,
      json: { counselor: therapist.id },
      method: 'POST',
    })
    expect(granted.status).toBe(201)
    expect(await granted.json()).toMatchObject({ counselor: { id: therapist.id, name: 'A therapist' } })
    const read = await enabled.api(`/responses/${id}/result`, { headers: therapist.headers })
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({
      dimensions: [{ band: { label: 'Thriving' }, key: 'close', score: 5 }],
    })
  })
})

describe("the assessment-scoring plugin's collections changed by the host (…Overrides)", () => {
  it("stores the host's own field on every response and serves it to the host's admins", async () => {
    const res = await enabled.api(`/${hostSlugs.assessments}/closeness/responses`, {
      json: { answers: { [itemIDs[0]]: 2 } },
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const read = await enabled.api(`/responses/${id}`, { headers: await signIn(enabled, 'director') })
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ answers: { [itemIDs[0]]: 2 }, clinic: 'north', id })
    expect(enabled.payload.collections.responses.config.admin.group).toBe('Clinic')
  })

  it('refuses at config time an override that renames a collection the operations address by slug', async () => {
    const renamed = assessmentScoringConfig(neverOpened, {
      couplesOverrides: (couples) => ({ ...couples, slug: 'pairs' }),
    })
    await expect(renamed).rejects.toThrow(
      'assessmentScoringPlugin: couplesOverrides must return the collection with its slug "couples", not "pairs".',
    )
  })
})

describe("the assessment-scoring plugin checks its host's collections when the config is built", () => {
  it('names the assessments collection and its missing drafts, which give the `_status` the plugin reads', async () => {
    const withoutDrafts = assessmentScoringConfig(
      neverOpened,
      {},
      { surveys: { ...surveys, versions: false } },
    )
    await expect(withoutDrafts).rejects.toThrow(
      /the collection "surveys" \(assessmentsSlug\) needs drafts \(versions: \{ drafts: true \}\) for its "_status" field/,
    )
  })

  it('names the assessments collection and the `slug` field respondents reach it by', async () => {
    const withoutSlug = assessmentScoringConfig(
      neverOpened,
      {},
      {
        surveys: {
          ...surveys,
          fields: surveys.fields.filter((field) => !('name' in field && field.name === 'slug')),
        },
      },
    )
    await expect(withoutSlug).rejects.toThrow(
      'assessmentScoringPlugin: the collection "surveys" (assessmentsSlug) needs a text field "slug".',
    )
  })

  it('names an option whose slug is no collection of the host', async () => {
    const misnamed = assessmentScoringConfig(neverOpened, { questionsSlug: 'questions' })
    await expect(misnamed).rejects.toThrow(
      'assessmentScoringPlugin: no collection "questions" (questionsSlug) in the config.',
    )
  })
})

describe('the assessment-scoring plugin disabled', () => {
  it('keeps the database schema of the enabled plugin, so migrations do not change with the flag', async () => {
    expect(await sqliteSchemaOf(disabled.payload)).toEqual(await sqliteSchemaOf(enabled.payload))
  })

  it('still adds its collections, closed to every API (responses are special-category data)', async () => {
    const added = ['assessment-keys', 'responses', 'couples', 'response-grants', 'response-access-log']
    for (const slug of [...added, 'assessment-stats-snapshots']) {
      expect(disabled.payload.collections[slug as never]).toBeDefined()
    }
    expect((await disabled.api('/responses', { headers: await signIn(disabled, 'director') })).status).toBe(
      403,
    )
  })

  it('answers none of its endpoints: a submission and the key preview are not found (404)', async () => {
    await publishSurvey(disabled, 'closeness')
    const submit = await disabled.api(`/${hostSlugs.assessments}/closeness/responses`, {
      json: { answers: {}, submit: true },
      method: 'POST',
    })
    expect(submit.status).toBe(404)
    const preview = await disabled.api(`/${hostSlugs.assessments}/key-preview`, {
      headers: await signIn(disabled, 'therapist'),
      json: {},
      method: 'POST',
    })
    expect(preview.status).toBe(404)
  })
})
