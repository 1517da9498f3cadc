import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

/** The JSON body of a custom endpoint (Payload parses it on demand; malformed JSON is its 400). */
export const readJSON = async (req: PayloadRequest): Promise<unknown> => {
  await addDataAndFileToRequest(req)
  return req.data
}
