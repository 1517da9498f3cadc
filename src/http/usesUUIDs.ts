import type { Payload } from 'payload'

/** Whether the database adapter gives documents UUIDs (the SQL adapters' `idType: 'uuid'`; MongoDB's are ObjectIds). */
export const usesUUIDs = (payload: Payload): boolean => (payload.db as { idType?: string }).idType === 'uuid'
