import type { PayloadRequest } from 'payload'

import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'

/** A response read with its hidden token hash; undefined when there is none with that id. */
export const readResponse = (req: PayloadRequest, id: string): Promise<ResponseDoc | undefined> =>
  firstDoc<ResponseDoc>({
    // System rights: for the operations that need a response the caller may not read: a partner's (compared,
    // never shown) or one being erased by an admin.
    ...asSystem(req),
    collection: pluginSlugs.responses,
    showHiddenFields: true,
    where: { id: { equals: id } },
  })
