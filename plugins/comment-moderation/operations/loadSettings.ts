import type { Payload, PayloadRequest } from 'payload'

import type { CompiledWordList } from '../core/index.js'

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
  updatedAt?: string
}

const terms = (text: null | string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

// Compiling 2,000 terms costs milliseconds: do it once per saved version of the settings, per process.
const compiled = new WeakMap<Payload, { settings: ModerationSettings; updatedAt?: string }>()

/** The moderators' settings with compiled word lists; recompiled only when they were saved again. */
export const loadSettings = async (req: PayloadRequest): Promise<ModerationSettings> => {
  const stored = (await req.payload.findGlobal({
    // Every commenter's pipeline applies the moderators' settings, which only moderators may read.
    ...withSystemRights(req),
    depth: 0,
    slug: pluginSlugs.settings,
  })) as Stored
  const cached = compiled.get(req.payload)
  if (cached && cached.updatedAt === stored.updatedAt) return cached.settings
  const settings = {
    blockedWords: compileWordList(terms(stored.blockedWords)),
    heldWords: compileWordList(terms(stored.heldWords)),
    preModeration: Boolean(stored.preModeration),
  }
  compiled.set(req.payload, { settings, updatedAt: stored.updatedAt })
  return settings
}
