import { relationID } from '@kindred/plugin-shared/core'

/** A relationship value, populated (`{ id }`) or not. */
export type Ref = number | string | { id: number | string }

/** The id of a relationship value that is always set, populated or not. */
export const refID = (ref: Ref): string => relationID(ref) as string
