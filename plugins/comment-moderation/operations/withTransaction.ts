import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * Runs several writes as one: all of them or none. Joins the request's transaction if it has
 * one; where the database offers none (a standalone MongoDB), the writes run in order.
 */
export const withTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const began = await initTransaction(req)
  try {
    const result = await work()
    if (began) await commitTransaction(req)
    return result
  } catch (error) {
    if (began) await killTransaction(req)
    throw error
  }
}
