import { createHash } from 'node:crypto'

/** What is stored of a secret: its SHA-256, so a database leak gives no one a working link. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')
