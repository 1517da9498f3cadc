import { randomBytes } from 'node:crypto'

import { shareCodeFromBytes } from '../core/shareCodeFromBytes.js'

/** A fresh share code from the system's CSPRNG: 60 random bits, `K7QM-4XPD-9TRA`. */
export const newShareCode = (): string => shareCodeFromBytes(randomBytes(8))
