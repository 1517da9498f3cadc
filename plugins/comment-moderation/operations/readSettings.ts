import type { Payload, PayloadRequest } from 'payload'

import type { CompiledWordList } from '../core/index.js'
import type { SanitizedCommentModerationConfig, SharedSettingsChanges } from '../types.js'

import { compileWordList } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from './withSystemRights.js'

export type ModerationSettings = {
  blockedWords: CompiledWordList
  heldWords: CompiledWordList
  preModeration: boolean
}

type Stored = {
  blockedWords?: null | string
  heldWords?: null | string
  preModeration?: boolean | null
}

type Options = Pick<SanitizedCommentModerationConfig, 'shareSettingsChanges'>

type Copy = {
  /** When this process last heard of a change, here or from another process. */
  changedAt: number
  kept?: { expires: number; settings: ModerationSettings }
  shared?: SharedSettingsChanges
}

// With the news of changes shared, a copy lives until a change; the lifetime only bounds a lost message.
const sharedLifetimeMs = 60_000
// Without, another process's change is obeyed this late at most (as the read cache's default lifetime).
const localLifetimeMs = 5_000
// The news of a change is sent from the change's hook, before its transaction commits: reads in the moment after
// it may still see the old settings, so they are used but not kept.
const settleMs = 1_000

const copies = new WeakMap<Payload, Copy>()

const terms = (text: null | string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

const copyOf = (payload: Payload, options: Options): Copy => {
  let copy = copies.get(payload)
  if (!copy) {
    const created: Copy = { changedAt: 0 }
    copies.set(payload, created)
    created.shared = options.shareSettingsChanges?.(() => forget(created), payload)
    copy = created
  }
  return copy
}

const forget = (copy: Copy) => {
  copy.kept = undefined
  copy.changedAt = Date.now()
}

/**
 * The moderators' settings with compiled word lists (2,000 terms cost milliseconds to compile), kept per
 * process between comments instead of read for each: a change here is obeyed at once, in the other processes at
 * once when the host shares changes (`shareSettingsChanges`), within seconds otherwise.
 */
export const readSettings = async (req: PayloadRequest, options: Options): Promise<ModerationSettings> => {
  const copy = copyOf(req.payload, options)
  const startedAt = Date.now()
  if (copy.kept && copy.kept.expires > startedAt) return copy.kept.settings
  const stored = (await req.payload.findGlobal({
    // Every commenter's pipeline applies the moderators' settings, which only moderators may read.
    ...withSystemRights(req),
    depth: 0,
    slug: pluginSlugs.settings,
  })) as Stored
  const settings = {
    blockedWords: compileWordList(terms(stored.blockedWords)),
    heldWords: compileWordList(terms(stored.heldWords)),
    preModeration: Boolean(stored.preModeration),
  }
  if (startedAt - copy.changedAt > settleMs) {
    const lifetimeMs = copy.shared ? sharedLifetimeMs : localLifetimeMs
    copy.kept = { expires: startedAt + lifetimeMs, settings }
  }
  return settings
}

/** After a change of the settings: this process forgets its copy, and tells the others to. */
export const settingsChanged = async (payload: Payload, options: Options): Promise<void> => {
  const copy = copyOf(payload, options)
  forget(copy)
  await copy.shared?.publish()
}
