import type { Config, Payload } from 'payload'

import { readCacheOf } from '../http/readCache.js'

const clear = ({ req }: { req: { payload: Payload } }) => {
  readCacheOf(req.payload)?.clear()
}

/**
 * A config plugin, applied last: every write to any collection or global,
 * through HTTP, the Local API or a job, clears the anonymous read cache of
 * this process, since published content embeds other documents (authors,
 * categories, media, the call to action, comment counts).
 */
export const clearReadCacheOnWrite = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), clear],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), clear],
    },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), clear] },
  })),
})
