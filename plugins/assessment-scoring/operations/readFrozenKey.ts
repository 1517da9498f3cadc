import type { PayloadRequest } from 'payload'

import type { FrozenKey } from '../core/FrozenKey.js'
import type { RespondentForm, StoredKey } from '../core/buildKey.js'
import type { Ref } from '../core/refID.js'

import { compileKey } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { asSystem } from './asSystem.js'
import { firstDoc } from './firstDoc.js'
import { refID } from '../core/refID.js'

// Versions are immutable, so a cached one can never be stale in this or any other process.
const cache = new Map<string, FrozenKey>()
const cacheSize = 200

/** A published version by id, compiled once per process. Undefined when it does not exist. */
export const readFrozenKey = async (
  req: PayloadRequest,
  id: number | string,
): Promise<FrozenKey | undefined> => {
  const cached = cache.get(String(id))
  if (cached) return cached
  // System rights: respondents answer a version without being allowed to read the keys collection.
  const doc = await firstDoc<{
    assessment: Ref
    form: RespondentForm
    id: number | string
    key: StoredKey
    version: number
  }>({ ...asSystem(req), collection: pluginSlugs.keys, where: { id: { equals: id } } })
  if (!doc) return undefined
  const frozen: FrozenKey = {
    assessment: refID(doc.assessment),
    compiled: compileKey(doc.key),
    form: doc.form,
    id: String(doc.id),
    key: doc.key,
    version: doc.version,
  }
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string)
  cache.set(frozen.id, frozen)
  return frozen
}
