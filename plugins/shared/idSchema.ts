import { z } from 'zod'

/** A document id in an endpoint's input: a string, or a number on adapters with numeric ids; read as a string. */
export const idSchema = z.union([z.string().min(1).max(64), z.number().int()]).transform(String)
