import type { PayloadRequest } from 'payload'

import type { ResponseDoc } from '../core/ResponseDoc.js'

import { refID } from '../core/refID.js'
import { responseView } from '../core/responseView.js'
import { readFrozenKey } from './readFrozenKey.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/** `GET /responses/:id`: the response with the version it answers (`responseView`). */
export const getResponse = async (req: PayloadRequest, response: ResponseDoc) => {
  const frozen = await readFrozenKey(req, refID(response.key))
  if (!frozen) throw new ScoringRefusal('responseNotFound')
  return responseView(response, frozen)
}
