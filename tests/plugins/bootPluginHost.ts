import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { getPayload, handleEndpoints } from 'payload'

import { closePayload } from '../../src/closePayload.js'
import { makeScratchFolder } from '../helpers/makeScratchFolder.js'

export type PluginHost = {
  /** Payload's REST API, as any host serves it (`handleEndpoints`), for a path under `/api`. */
  api: (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>
  close: () => Promise<void>
  payload: Payload
}

/** A fresh SQLite file for a plugin's host config; removed by the host's `close`. */
export const scratchDatabase = (): string => path.join(makeScratchFolder('plugin'), 'host.db')

/**
 * Boots a plugin's own test config (tests/plugins/*.config.ts) as a Payload instance of its own (`key`),
 * so one test file can hold an enabled and a disabled host side by side.
 */
export const bootPluginHost = async (
  config: Promise<SanitizedConfig>,
  dbFile: string,
  key: string,
): Promise<PluginHost> => {
  // Payload skips pushing a schema equal to the last one this process pushed; a second host with the
  // same schema (a disabled plugin) must not skip it, or its database would stay empty.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const payload = await getPayload({ config, key })
  const api: PluginHost['api'] = (apiPath, { json, ...init } = {}) => {
    const headers = new Headers(init.headers)
    if (json !== undefined) headers.set('Content-Type', 'application/json')
    const body = json === undefined ? init.body : JSON.stringify(json)
    const request = new Request(`http://localhost/api${apiPath}`, { ...init, body, headers })
    return handleEndpoints({ config, payloadInstanceCacheKey: key, request })
  }
  return {
    api,
    close: async () => {
      await closePayload(payload)
      fs.rmSync(path.dirname(dbFile), { force: true, recursive: true })
    },
    payload,
  }
}
