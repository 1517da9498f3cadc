import type { Access } from 'payload'

import { heldByAuthorTokenWhere } from './heldByAuthorTokenWhere.js'

/** A read rule widened to the held comments whose author tokens the request carries. */
export const orHeldByAuthorToken =
  (rule: Access): Access =>
  async (args) => {
    const granted = await rule(args)
    if (granted === true) return true
    const held = heldByAuthorTokenWhere(args.req)
    if (!held) return granted
    return granted ? { or: [granted, held] } : held
  }
