import type { PluginHost } from './bootPluginHost.js'

import { bootPluginHost, scratchDatabase } from './bootPluginHost.js'
import type { Field } from 'payload'

import { commentModerationConfig, hostSlugs, posts, remarks } from './commentModeration.config.js'
import { sqliteSchemaOf } from './sqliteSchemaOf.js'

/** The database of a config that is refused before any connection: no file is made. */
const neverOpened = '/nonexistent/refused-config.db'

let enabled: PluginHost
let disabled: PluginHost
let guests = 0

const password = 'a long test password'
/** A new member of the host's crew, signed in: their id and the headers that carry their session. */
const crewMember = async (host: PluginHost, duty: 'moderation' | 'writing', name: string = duty) => {
  const email = `${duty}-${Math.random()}@crew.test`
  const { id } = await host.payload.create({
    collection: hostSlugs.staff,
    data: { duty, email, name, password } as never,
  })
  const { token } = await host.payload.login({ collection: hostSlugs.staff, data: { email, password } })
  return { headers: { Authorization: `JWT ${token}` }, id: String(id) }
}
const signIn = async (host: PluginHost, duty: 'moderation' | 'writing') =>
  (await crewMember(host, duty)).headers

const publishPost = (host: PluginHost, slug: string) =>
  host.payload.create({
    collection: hostSlugs.articles,
    data: { publishedAt: new Date(Date.now() - 86_400_000).toISOString(), slug, title: slug } as never,
  })

/**
 * A guest of their own (name, email, client address), as the host's proxy would tell the plugin; the
 * same `guest` number posts as the same person again.
 */
const postAsGuest = (host: PluginHost, post: string, body: string, guest = ++guests) =>
  host.api(`/${hostSlugs.articles}/${post}/comments`, {
    headers: { 'x-test-client': `10.9.0.${guest}` },
    json: { author: { email: `guest-${guest}@example.test`, name: `Guest ${guest}` }, body },
    method: 'POST',
  })

beforeAll(async () => {
  const enabledDB = scratchDatabase()
  const disabledDB = scratchDatabase()
  enabled = await bootPluginHost(commentModerationConfig(enabledDB), enabledDB, 'moderation-enabled')
  disabled = await bootPluginHost(
    commentModerationConfig(disabledDB, { disabled: true }),
    disabledDB,
    'moderation-off',
  )
  await publishPost(enabled, 'first-post')
  await publishPost(disabled, 'first-post')
})

afterAll(async () => {
  await enabled?.close()
  await disabled?.close()
})

describe('the comment-moderation plugin on a host with its own slugs and moderator rule', () => {
  it("moderates a guest's comment into the host's comments collection and records the decision", async () => {
    const res = await postAsGuest(enabled, 'first-post', 'Thank you, this helped us talk about our week.')
    expect(res.status).toBe(201)
    const posted = (await res.json()) as { id: string; status: string }
    const stored = await enabled.payload.findByID({ collection: hostSlugs.comments, id: posted.id })
    expect(stored).toMatchObject({ author: { name: expect.stringMatching(/^Guest/) }, depth: 0 })
    expect((stored as unknown as { status: string }).status).toBe(posted.status)
    const log = await enabled.payload.find({
      collection: 'moderation-log',
      where: { comment: { equals: posted.id } },
    })
    expect(log.docs.map((entry) => (entry as unknown as { actor: string }).actor)).toContain('rule')
  })

  it("rejects a comment with a word the host's moderators blocked", async () => {
    await enabled.payload.updateGlobal({
      data: { blockedWords: 'swindle' } as never,
      slug: 'moderation-settings',
    })
    const res = await postAsGuest(enabled, 'first-post', 'What a swindle this advice is.')
    const posted = (await res.json()) as { id?: string; status: string }
    expect(posted.status).toBe('rejected')
  })

  it('records a comment by the host staff collection (staffSlug) as a staff reply', async () => {
    const headers = await signIn(enabled, 'writing')
    const res = await enabled.api(`/${hostSlugs.articles}/first-post/comments`, {
      headers,
      json: { body: 'The author here: thank you for reading.' },
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const stored = (await enabled.payload.findByID({
      collection: hostSlugs.comments,
      depth: 0,
      id,
    })) as unknown as {
      author: { staff?: string }
      isStaffReply: boolean
    }
    expect(stored.isStaffReply).toBe(true)
    expect(stored.author.staff).toEqual(expect.any(String))
  })

  it("sends an author who edits outside the pipeline to the host's comment endpoints (a bypass of moderation)", async () => {
    const email = `member-${Math.random()}@example.test`
    const member = await enabled.payload.create({
      collection: hostSlugs.readers,
      data: { displayName: 'A member', email, password } as never,
    })
    const { token } = await enabled.payload.login({
      collection: hostSlugs.readers,
      data: { email, password },
    })
    const res = await enabled.api(`/${hostSlugs.articles}/first-post/comments`, {
      headers: { Authorization: `JWT ${token}` },
      json: { body: 'A member writes in.' },
      method: 'POST',
    })
    const { id } = (await res.json()) as { id: string }
    const user = { ...member, collection: hostSlugs.readers }
    await expect(
      enabled.payload.update({
        collection: hostSlugs.comments,
        data: { body: 'Changed behind the pipeline.' } as never,
        id,
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('/api/remarks/:id'), status: 403 })
  })

  it("lets only those the host's isModerator allows into the moderation queue (privilege escalation)", async () => {
    const queue = `/${hostSlugs.comments}/queue?queue=pending`
    expect((await enabled.api(queue)).status).toBe(401)
    expect((await enabled.api(queue, { headers: await signIn(enabled, 'writing') })).status).toBe(403)
    expect((await enabled.api(queue, { headers: await signIn(enabled, 'moderation') })).status).toBe(200)
  })
})

type Posted = { id: string; message: string; status: string }

/** The ids of the comments anonymous readers see in a post's thread. */
const threadOf = async (host: PluginHost, post: string) => {
  const res = await host.api(`/${hostSlugs.articles}/${post}/comments`)
  expect(res.status).toBe(200)
  const { comments } = (await res.json()) as { comments: { id: string }[] }
  return comments.map(({ id }) => id)
}

/** A moderator's action on comments through the plugin's endpoint. */
const moderate = (host: PluginHost, headers: Record<string, string>, action: string, ids: string[]) =>
  host.api(`/${hostSlugs.comments}/moderate`, { headers, json: { action, ids }, method: 'POST' })

describe("the comment-moderation plugin's moderation on a host with its own slugs, roles and options", () => {
  it("lets the host's moderator approve a held comment: the thread shows it, the post counts it, the log names them", async () => {
    const post = await publishPost(enabled, 'moderated-post')
    const res = await postAsGuest(enabled, 'moderated-post', 'Our first year was the hardest, and the best.')
    const posted = (await res.json()) as Posted
    // A first comment waits: the guest has no approved comments yet.
    expect(posted.status).toBe('pending')
    expect(await threadOf(enabled, 'moderated-post')).not.toContain(posted.id)

    const writer = await crewMember(enabled, 'writing')
    expect((await moderate(enabled, writer.headers, 'approve', [posted.id])).status).toBe(403)
    const mona = await crewMember(enabled, 'moderation', 'Mona Desk')
    const approved = await moderate(enabled, mona.headers, 'approve', [posted.id])
    expect(approved.status).toBe(200)
    expect(await approved.json()).toEqual({ notFound: [], status: 'approved', updated: [posted.id] })

    expect(await threadOf(enabled, 'moderated-post')).toContain(posted.id)
    const counted = await enabled.payload.findByID({ collection: hostSlugs.articles, id: post.id })
    expect((counted as unknown as { commentCount: number }).commentCount).toBe(1)
    const log = await enabled.api(`/moderation-log?where[comment][equals]=${posted.id}&sort=createdAt`, {
      headers: mona.headers,
    })
    const { docs } = (await log.json()) as { docs: { actor: string; summary: string }[] }
    expect(docs.map(({ actor, summary }) => ({ actor, summary }))).toEqual([
      { actor: 'rule', summary: 'The pipeline posted it' },
      { actor: `staff:${mona.id}`, summary: 'Mona Desk approved' },
    ])
  })

  it("hides an approved comment once the host's flagsToHide (2, not the default 3) distinct guests flag it", async () => {
    await publishPost(enabled, 'flagged-post')
    const { id } = (await (
      await postAsGuest(enabled, 'flagged-post', 'Buy my course today.')
    ).json()) as Posted
    const moderator = await signIn(enabled, 'moderation')
    await moderate(enabled, moderator, 'approve', [id])
    const flagFrom = (client: string) =>
      enabled.api(`/${hostSlugs.comments}/${id}/flags`, {
        headers: { 'x-test-client': client },
        json: { note: 'An advert.', reason: 'spam' },
        method: 'POST',
      })

    expect((await flagFrom('10.8.0.1')).status).toBe(201)
    // One flag per flagger: the same guest again does not count twice.
    expect((await flagFrom('10.8.0.1')).status).toBe(409)
    expect(await threadOf(enabled, 'flagged-post')).toContain(id)
    expect((await flagFrom('10.8.0.2')).status).toBe(201)
    expect(await threadOf(enabled, 'flagged-post')).not.toContain(id)

    const queue = await enabled.api(`/${hostSlugs.comments}/queue?queue=flagged`, { headers: moderator })
    const { items } = (await queue.json()) as { items: { flags: unknown[]; id: string; status: string }[] }
    expect(items.find((item) => item.id === id)).toMatchObject({
      flags: [
        { note: 'An advert.', reason: 'spam' },
        { note: 'An advert.', reason: 'spam' },
      ],
      status: 'pending',
    })
  })

  it("bans a guest by email for the host's moderator: their held comment is rejected, their next one refused", async () => {
    await publishPost(enabled, 'banned-post')
    const guest = ++guests
    const held = (await (
      await postAsGuest(enabled, 'banned-post', 'You are all fools.', guest)
    ).json()) as Posted
    const moderator = await signIn(enabled, 'moderation')
    const ban = await enabled.api(`/${hostSlugs.comments}/${held.id}/ban`, {
      headers: moderator,
      json: { reason: 'Insults other readers.', scope: 'email' },
      method: 'POST',
    })
    expect(ban.status).toBe(201)
    expect(await ban.json()).toMatchObject({ expiresAt: null, target: 'email' })
    const stored = await enabled.payload.findByID({ collection: hostSlugs.comments, id: held.id })
    expect((stored as unknown as { status: string }).status).toBe('rejected')

    const again = await postAsGuest(enabled, 'banned-post', 'Let me back in.', guest)
    expect(again.status).toBe(403)
    expect(await again.json()).toEqual({ errors: [{ message: 'You cannot comment at the moment.' }] })
    // The host's moderators manage bans (canManageBans defaults to its isModerator); its writers do not.
    const bans = await enabled.api('/comment-bans', { headers: moderator })
    expect(((await bans.json()) as { totalDocs: number }).totalDocs).toBe(1)
    expect((await enabled.api('/comment-bans', { headers: await signIn(enabled, 'writing') })).status).toBe(
      403,
    )
  })
})

describe("the comment-moderation plugin's collections and global changed by the host (…Overrides)", () => {
  it("stores the host's own field on every log entry and serves it to the host's moderators", async () => {
    const res = await postAsGuest(enabled, 'first-post', 'We read this together on Sunday.')
    const { id } = (await res.json()) as { id: string }
    const log = await enabled.api(`/moderation-log?where[comment][equals]=${id}`, {
      headers: await signIn(enabled, 'moderation'),
    })
    expect(log.status).toBe(200)
    const { docs } = (await log.json()) as { docs: { actor: string; desk?: string }[] }
    expect(docs).toEqual([expect.objectContaining({ actor: 'rule', desk: 'north' })])
    expect(enabled.payload.collections['moderation-log'].config.admin.group).toBe('Desk')
    const settings = enabled.payload.globals.config.find((global) => global.slug === 'moderation-settings')
    expect(settings).toMatchObject({ admin: { group: 'Desk' }, label: 'Desk word lists' })
  })

  it('refuses at config time an override that renames a collection the operations address by slug', async () => {
    const renamed = commentModerationConfig(neverOpened, {
      flagsOverrides: (flags) => ({ ...flags, slug: 'reports' }),
    })
    await expect(renamed).rejects.toThrow(
      'commentModerationPlugin: flagsOverrides must return the collection with its slug "comment-flags", not "reports".',
    )
  })

  it('refuses at config time an override that renames the settings global the pipeline reads', async () => {
    const renamed = commentModerationConfig(neverOpened, {
      settingsOverrides: (settings) => ({ ...settings, slug: 'desk-settings' }),
    })
    await expect(renamed).rejects.toThrow(
      'commentModerationPlugin: settingsOverrides must return the global with its slug "moderation-settings", not "desk-settings".',
    )
  })
})

/** The host's collection with its field `name` removed, or replaced by `replacement`. */
const without = <Host extends { fields: Field[] }>(collection: Host, name: string, replacement?: Field) => ({
  ...collection,
  fields: collection.fields.flatMap((field) =>
    'name' in field && field.name === name ? (replacement ? [replacement] : []) : [field],
  ),
})

describe("the comment-moderation plugin checks its host's collections when the config is built", () => {
  it('names the comments collection and the `thread` field the pipeline writes on every reply', async () => {
    const withoutThread = commentModerationConfig(neverOpened, {}, { remarks: without(remarks, 'thread') })
    await expect(withoutThread).rejects.toThrow(
      'commentModerationPlugin: the collection "remarks" (commentsSlug) needs a relationship field "thread".',
    )
  })

  it('names a field inside the author group, and a relation that points to the wrong collection', async () => {
    const author = remarks.fields.find((field) => 'name' in field && field.name === 'author') as Field & {
      fields: Field[]
    }
    const readerToCrew = without(author, 'reader', {
      name: 'reader',
      type: 'relationship',
      relationTo: hostSlugs.staff,
    })
    const misrelated = commentModerationConfig(
      neverOpened,
      {},
      { remarks: without(remarks, 'author', readerToCrew as Field) },
    )
    await expect(misrelated).rejects.toThrow(
      'commentModerationPlugin: the collection "remarks" (commentsSlug): its field "author.reader" must relate to "members" (readersSlug).',
    )
  })

  it("names the articles collection and the `comments` switch's missing value", async () => {
    const alwaysOpen = without(posts, 'comments', { name: 'comments', type: 'select', options: ['open'] })
    await expect(commentModerationConfig(neverOpened, {}, { posts: alwaysOpen })).rejects.toThrow(
      'commentModerationPlugin: the collection "posts" (articlesSlug): its select "comments" needs the options "closed".',
    )
  })

  it('names the comments collection when it has no timestamps, which threads are ordered by', async () => {
    const untimed = commentModerationConfig(neverOpened, {}, { remarks: { ...remarks, timestamps: false } })
    await expect(untimed).rejects.toThrow(
      'commentModerationPlugin: the collection "remarks" (commentsSlug) needs timestamps: threads sort by createdAt.',
    )
  })

  it('names an option whose slug is no collection of the host', async () => {
    await expect(commentModerationConfig(neverOpened, { readersSlug: 'readers' })).rejects.toThrow(
      'commentModerationPlugin: no collection "readers" (readersSlug) in the config.',
    )
  })
})

describe('the comment-moderation plugin disabled', () => {
  it('keeps the database schema of the enabled plugin, so migrations do not change with the flag', async () => {
    expect(await sqliteSchemaOf(disabled.payload)).toEqual(await sqliteSchemaOf(enabled.payload))
  })

  it('still adds its collections and global, closed to every API even for its moderators', async () => {
    const added = ['comment-bans', 'comment-flags', 'moderation-log', 'comment-rate-limits']
    const headers = await signIn(disabled, 'moderation')
    for (const slug of added) {
      expect(disabled.payload.collections[slug as never]).toBeDefined()
      expect((await disabled.api(`/${slug}`, { headers })).status).toBe(403)
    }
    expect(disabled.payload.globals.config.map((global) => global.slug)).toContain('moderation-settings')
    expect((await disabled.api('/globals/moderation-settings', { headers })).status).toBe(403)
  })

  it('answers none of its endpoints: posting, moderating, flagging and the queue are not found (404)', async () => {
    expect((await postAsGuest(disabled, 'first-post', 'Is anyone there?')).status).toBe(404)
    const headers = await signIn(disabled, 'moderation')
    expect((await disabled.api(`/${hostSlugs.comments}/queue`, { headers })).status).toBe(404)
    const moderating = { headers, json: { action: 'approve', ids: ['x'] }, method: 'POST' }
    expect((await disabled.api(`/${hostSlugs.comments}/moderate`, moderating)).status).toBe(404)
    const flagging = { json: { reason: 'spam' }, method: 'POST' }
    expect((await disabled.api(`/${hostSlugs.comments}/x/flags`, flagging)).status).toBe(404)
  })
})
