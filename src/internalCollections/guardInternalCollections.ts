import type { Config, SanitizedConfig } from 'payload'

import { userHasRole } from '../access/userHasRole.js'
import { requireWriteData } from '../hooks/requireWriteData.js'
import { holdLockInOwnName, lockedDocumentsAccess } from './lockedDocumentsAccess.js'
import { staffOnlyAccess, staffOnlyEndpoints } from './staffOnlyPreferences.js'

const operations = ['create', 'delete', 'read', 'update'] as const

// Next.js and the Express host may init Payload on the same config object.
const tightened = new WeakSet<SanitizedConfig>()

const tighten = (config: SanitizedConfig) => {
  if (tightened.has(config)) return
  tightened.add(config)
  for (const collection of config.collections) {
    // guardPublicAPI ran before Payload added these: a write of a JSON string would be a 500.
    if (!collection.hooks.beforeOperation?.includes(requireWriteData))
      collection.hooks.beforeOperation = [requireWriteData, ...(collection.hooks.beforeOperation || [])]
    if (collection.slug === 'payload-locked-documents') {
      Object.assign(collection.access, lockedDocumentsAccess)
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange || []), holdLockInOwnName]
    }
    if (collection.slug === 'payload-preferences') {
      for (const operation of operations)
        collection.access[operation] = staffOnlyAccess(collection.access[operation])
      collection.endpoints = staffOnlyEndpoints(collection.endpoints)
    }
  }
  for (const global of config.globals) {
    // Payload's own globals (payload-jobs-stats) too: a write with no body failed in its field hooks, a 500.
    if (!global.hooks.beforeOperation?.includes(requireWriteData))
      global.hooks.beforeOperation = [requireWriteData, ...(global.hooks.beforeOperation || [])]
    // The job scheduler's counters: admins may look; only the scheduler (through the database adapter, no access) writes.
    if (global.slug === 'payload-jobs-stats') {
      global.access.read = ({ req: { user } }) => userHasRole(user, [])
      global.access.update = () => false
    }
  }
}

/**
 * A config plugin. Payload adds `payload-locked-documents`, `payload-preferences` and the
 * `payload-jobs-stats` global while it sanitizes the config, after every plugin has run, with
 * access for anyone signed in (readers included). So their access is tightened once Payload has built them, at init,
 * before it serves a request; Payload reads access per request.
 */
export const guardInternalCollections = (config: Config): Config => ({
  ...config,
  onInit: async (payload) => {
    tighten(payload.config)
    await config.onInit?.(payload)
  },
})
